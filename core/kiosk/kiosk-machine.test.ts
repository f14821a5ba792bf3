import { initialTransition, transition } from 'xstate'
import { describe, expect, it } from 'vitest'
import { kioskMachine, type KioskEvent } from './kiosk-machine.ts'

const settings = { idleMs: 90_000, warningMs: 20_000, reloadMs: 24 * 3600_000 }
type Snapshot = ReturnType<typeof initialTransition<typeof kioskMachine>>[0]

/** Feeds the machine events; returns where it ends and the named effects it asked the page for, in order. */
function run(events: KioskEvent[], from?: Snapshot, options = settings) {
  let [snapshot, actions] = from ? [from, []] : initialTransition(kioskMachine, { settings: options, now: 0 })
  const effects: string[] = []
  const note = (list: typeof actions) => {
    for (const a of list as { type: string; params?: { src?: string; input?: unknown } }[]) {
      if (a.type === 'reload' || a.type === 'releaseVisit') effects.push(a.type)
      if (a.type === 'xstate.spawnChild' && a.params?.src === 'reset') effects.push(`reset ${String(a.params.input)}`)
    }
  }
  note(actions)
  for (const event of events) {
    ;[snapshot, actions] = transition(kioskMachine, snapshot, event)
    note(actions)
  }
  return { snapshot, effects, state: snapshot.value, secondsLeft: snapshot.context.secondsLeft }
}
const tick = (now: number): KioskEvent => ({ type: 'TICK', now })
const resetDone = { type: 'xstate.done.actor.reset', output: undefined } as never

describe('the kiosk machine', () => {
  it('warns after 90 s without a touch, counts down 20 s, then clears the visit', () => {
    const begun: KioskEvent[] = [{ type: 'BEGIN', now: 1000 }]
    expect(run([...begun, tick(90_999)]).state).toBe('active')
    expect(run([...begun, tick(91_000)])).toMatchObject({ state: 'warning', secondsLeft: 20 })
    expect(run([...begun, tick(91_000), tick(101_500)])).toMatchObject({ state: 'warning', secondsLeft: 10 })
    expect(run([...begun, tick(91_000), tick(110_999)]).state).toBe('warning')
    const end = run([...begun, tick(91_000), tick(111_000)])
    expect(end.state).toBe('resetting')
    expect(end.effects).toEqual(['releaseVisit', 'reset idle'])
  })

  it('returns to the start screen once the visit is cleared, with a full countdown for the next one', () => {
    const end = run([{ type: 'BEGIN', now: 0 }, tick(90_000), tick(110_000)])
    const back = run([resetDone], end.snapshot)
    expect(back).toMatchObject({ state: 'attract', secondsLeft: 20 })
    expect(back.snapshot.context.warningSince).toBeNull()
  })

  it('lets a single touch during the warning continue the visit', () => {
    const resumed = run([{ type: 'BEGIN', now: 0 }, tick(90_000), { type: 'ACTIVITY', now: 95_000 }])
    expect(resumed).toMatchObject({ state: 'active', secondsLeft: 20 })
    expect(run([tick(110_000), tick(184_999)], resumed.snapshot).state).toBe('active')
    expect(run([tick(185_000)], resumed.snapshot).state).toBe('warning')
  })

  it('clears the visit at once on 结束, and ignores a second press while it clears', () => {
    const finished = run([{ type: 'BEGIN', now: 0 }, { type: 'FINISH' }, { type: 'FINISH' }, { type: 'BEGIN', now: 10 }, tick(200_000)])
    expect(finished.state).toBe('resetting')
    expect(finished.effects).toEqual(['releaseVisit', 'reset finish'])
  })

  it('never warns on the start screen, and ignores touches there until the visit begins', () => {
    const idle = run([tick(10 * 3600_000), { type: 'ACTIVITY', now: 10 * 3600_000 }, tick(11 * 3600_000)])
    expect(idle).toMatchObject({ state: 'attract', effects: [] })
  })

  it('reloads on the start screen only once the reload time has passed, and never when it is off', () => {
    expect(run([tick(24 * 3600_000 - 1)]).effects).toEqual([])
    expect(run([tick(24 * 3600_000)]).effects).toEqual(['reload'])
    expect(run([tick(48 * 3600_000)], undefined, { ...settings, reloadMs: 0 }).effects).toEqual([])
  })

  it('does not reload in the middle of a visit, even past the reload time', () => {
    const visiting = run([{ type: 'BEGIN', now: 24 * 3600_000 - 1000 }, tick(24 * 3600_000 + 1000)])
    expect(visiting).toMatchObject({ state: 'active', effects: [] })
  })
})
