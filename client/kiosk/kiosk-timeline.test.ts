import { describe, expect, it } from 'vitest'
import { onActivity, onTick, secondsLeft, startTimeline, type KioskTimeline, type TimelineSettings } from './kiosk-timeline.ts'

const s: TimelineSettings = { idleMs: 90_000, warningMs: 20_000, reloadMs: 24 * 3600_000 }
const run = (state: KioskTimeline, at: number) => onTick(state, at, s)

describe('the kiosk timeline', () => {
  it('warns after 90 s without a touch, counts down 20 s, then asks for a reset', () => {
    let state = onActivity(startTimeline(0), 1000)
    expect(run(state, 90_999).state.phase).toBe('active')
    state = run(state, 91_000).state
    expect(state.phase).toBe('warning')
    expect(secondsLeft(state, 91_000, s)).toBe(20)
    expect(secondsLeft(state, 101_500, s)).toBe(10)
    expect(run(state, 110_999).effect).toBe('none')
    const end = run(state, 111_000)
    expect(end).toMatchObject({ effect: 'reset', state: { phase: 'attract', warningSince: null } })
  })

  it('lets a single touch during the warning continue the visit', () => {
    const warned = run(onActivity(startTimeline(0), 0), 90_000).state
    const resumed = onActivity(warned, 95_000)
    expect(resumed.phase).toBe('active')
    expect(run(resumed, 110_000).effect).toBe('none')
    expect(run(resumed, 184_999).state.phase).toBe('active')
  })

  it('never warns on the start screen, and reloads there only once the reload time has passed', () => {
    const idle = startTimeline(0)
    expect(run(idle, 10 * 3600_000)).toEqual({ state: idle, effect: 'none' })
    expect(run(idle, 24 * 3600_000).effect).toBe('reload')
    expect(onTick(idle, 48 * 3600_000, { ...s, reloadMs: 0 }).effect).toBe('none')
  })

  it('does not reload in the middle of a visit, even past the reload time', () => {
    const visiting = onActivity(startTimeline(0), 24 * 3600_000 - 1000)
    expect(run(visiting, 24 * 3600_000 + 1000).effect).toBe('none')
  })
})
