import { describe, expect, it } from 'vitest'
import { gcra, memoryRateLimits, type Verdict } from './rate-limit.ts'

const t0 = Date.parse('2026-11-25T02:00:00Z')

describe('the per-client budget (a token bucket)', () => {
  it('lets a whole burst through at once, then one more each interval', () => {
    const budget = { perMinute: 6, burst: 3 } // one every 10 s, at most 3 at once
    let fullAt: number | null = null
    const verdicts: Verdict[] = []
    for (let i = 0; i < 4; i++) {
      const step = gcra(fullAt, t0, budget)
      verdicts.push(step.verdict)
      fullAt = step.fullAt
    }
    expect(verdicts).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }, { allowed: false, retryAfterMs: 10_000 }])
    expect(gcra(fullAt, t0 + 9_999, budget).verdict.allowed).toBe(false)
    expect(gcra(fullAt, t0 + 10_000, budget).verdict.allowed).toBe(true)
  })

  it('refills completely after a quiet minute, and never beyond the burst', () => {
    const budget = { perMinute: 60, burst: 2 }
    const { fullAt } = gcra(null, t0, budget)
    expect(gcra(fullAt, t0 + 3_600_000, budget).fullAt).toBe(t0 + 3_600_000 + 1000)
  })

  it('keeps one bucket per bucket name and client in memory, and forgets full ones', async () => {
    const store = memoryRateLimits()
    const now = new Date(t0)
    const budget = { perMinute: 1, burst: 1 }
    expect(await store.take('lookups', 'a', now, budget)).toEqual({ allowed: true })
    expect(await store.take('lookups', 'a', now, budget)).toEqual({ allowed: false, retryAfterMs: 60_000 })
    expect(await store.take('lookups', 'b', now, budget)).toEqual({ allowed: true })
    expect(await store.take('creates', 'a', now, budget)).toEqual({ allowed: true })
    expect(await store.purge(new Date(t0 + 60_000))).toBe(3)
  })
})
