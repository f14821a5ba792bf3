import { describe, expect, it } from 'vitest'
import { callTimes, minutesPerVisitor, openWindows, overtakeRates, queueWaits } from './wait-estimate.ts'

const at = (hhmm: string) => new Date(`2026-10-08T${hhmm}:00+08:00`)
const none = { priority: 0, booked: 0, 'walk-in': 0 }

describe('minutes per visitor', () => {
  it('weighs the latest services most, so the estimate follows a zone that slows down', () => {
    const slowing = minutesPerVisitor([6, 6, 6, 6, 6, 6, 12, 12, 12], 10)
    // Above the plain mean (8), below the latest (12).
    expect(slowing).toBeGreaterThan(8.5)
    expect(slowing).toBeLessThan(12)
  })

  it('is the mean when all services took the same time, and looks only at the latest twenty', () => {
    expect(minutesPerVisitor([...Array(30).fill(40), ...Array(20).fill(8)], 12)).toBeCloseTo(8)
  })

  it('falls back to the typical time until the day has three services', () => {
    expect(minutesPerVisitor([3, 3], 12)).toBe(12)
  })
})

describe('open windows', () => {
  it('counts a window serving someone with how long it has served, and a window that just finished as free', () => {
    const calls = [
      { window: 1, calledAt: at('09:50'), finishedAt: null },
      { window: 2, calledAt: at('09:40'), finishedAt: at('09:59') },
      { window: 1, calledAt: at('09:30'), finishedAt: at('09:50') },
    ]
    expect(openWindows(calls, at('09:58'), at('10:00'))).toEqual([10, null])
  })

  it('takes a window that stood idle for 3 minutes while someone waited as closed (lunch), and one without calls for half an hour', () => {
    const calls = [
      { window: 1, calledAt: at('09:50'), finishedAt: null },
      { window: 2, calledAt: at('09:40'), finishedAt: at('09:52') },
      { window: 3, calledAt: at('09:20'), finishedAt: at('09:25') },
    ]
    expect(openWindows(calls, at('09:55'), at('10:00'))).toEqual([10])
    expect(openWindows(calls, null, at('10:00'))).toEqual([10, null])
  })

  it('assumes one free window when none has called yet', () => {
    expect(openWindows([], at('09:01'), at('09:02'))).toEqual([null])
  })
})

describe('the wait by place in the queue', () => {
  it('gives each call to the window free first, counting what the visitors at the windows still need', () => {
    expect(callTimes(4, [null, 4], 10)).toEqual([0, 6, 10, 16])
    // Someone at a window for longer than the mean still needs a quarter of it.
    expect(callTimes(2, [25], 12)).toEqual([3, 15])
  })

  it('says 约 12 分钟 to the third in line at two busy windows serving one per 8 minutes', () => {
    expect(queueWaits(['walk-in', 'walk-in', 'walk-in'], [0, 0], 8, none, 300)).toEqual([8, 8, 16, 16])
  })

  it('adds the 绿色通道 and booked visitors expected to arrive meanwhile to a walk-in\'s wait, but not to theirs', () => {
    // One booked arrival per 20 minutes at one window serving one per 10: the walk-in behind one waits 10 + 10 × (wait / 20), 20 minutes.
    const rates = { priority: 0, booked: 0, 'walk-in': 0.05 }
    expect(queueWaits(['booked', 'walk-in'], [null], 10, rates, 300)).toEqual([0, 20, 40])
  })

  it('expects nobody to overtake after the zone stops giving tickets', () => {
    const rates = { priority: 0, booked: 0.1, 'walk-in': 0.1 }
    expect(queueWaits(['walk-in', 'walk-in', 'walk-in'], [null], 10, rates, 0)).toEqual([0, 10, 20, 30])
  })

  it('measures overtaking from the last hour\'s arrivals of the lanes called first', () => {
    const queued = [
      { lane: 'priority' as const, queuedAt: at('09:30') },
      { lane: 'booked' as const, queuedAt: at('09:40') },
      { lane: 'booked' as const, queuedAt: at('09:50') },
      { lane: 'walk-in' as const, queuedAt: at('09:55') },
      { lane: 'booked' as const, queuedAt: at('08:50') },
    ]
    expect(overtakeRates(queued, at('10:00'))).toEqual({ priority: 0, booked: 1 / 60, 'walk-in': 3 / 60 })
  })
})
