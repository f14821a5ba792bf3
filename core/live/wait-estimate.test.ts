import { describe, expect, it } from 'vitest'
import { estimateWaitMinutes, minutesPerVisitor, openWindowCount } from './wait-estimate.ts'

describe('the wait estimate', () => {
  it('says 约 12 分钟 for three people ahead at one window serving one per four minutes', () => {
    expect(estimateWaitMinutes(3, 4, 1)).toBe(12)
  })

  it('shares the people ahead among the open windows and rounds up', () => {
    expect(estimateWaitMinutes(5, 7, 2)).toBe(18)
    expect(estimateWaitMinutes(0, 7, 2)).toBe(0)
  })

  it('uses the median of the latest service times, so one long case does not swing it', () => {
    expect(minutesPerVisitor([5, 6, 45, 7, 6], 12)).toBe(6)
  })

  it('looks only at the latest ten services', () => {
    expect(minutesPerVisitor([30, 30, 30, 30, 30, 30, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], 12)).toBe(4)
  })

  it('falls back to the typical time until the day has three services', () => {
    expect(minutesPerVisitor([3, 3], 12)).toBe(12)
  })

  it('counts windows that called within the last half hour, at least one', () => {
    const now = new Date('2026-10-08T10:00:00+08:00')
    const calls = [
      { window: 1, at: new Date('2026-10-08T09:50:00+08:00') },
      { window: 2, at: new Date('2026-10-08T09:40:00+08:00') },
      { window: 1, at: new Date('2026-10-08T09:55:00+08:00') },
      { window: 3, at: new Date('2026-10-08T09:10:00+08:00') },
    ]
    expect(openWindowCount(calls, now)).toBe(2)
    expect(openWindowCount([], now)).toBe(1)
  })
})
