import { describe, expect, it } from 'vitest'
import { clockStops } from './clock-stops.ts'

describe('the stops read from a status history', () => {
  it('stops from each request for corrections to the entry after it, in China\'s dates', () => {
    const history = [
      { at: new Date('2026-11-02T01:00:00Z'), status: 'submitted' as const },
      { at: new Date('2026-11-03T17:00:00Z'), status: 'materials-requested' as const }, // 4 Nov in Beijing
      { at: new Date('2026-11-06T02:00:00Z'), status: 'pre-review' as const },
      { at: new Date('2026-11-09T02:00:00Z'), status: 'materials-requested' as const },
    ]
    expect(clockStops(history)).toEqual([{ from: '2026-11-04', to: '2026-11-06' }, { from: '2026-11-09', to: null }])
  })
})
