import { describe, expect, it } from 'vitest'
import { nextAttemptAt } from './delivery-retry.ts'

const beijing = (s: string) => new Date(`${s}+08:00`)

describe('delivery retries', () => {
  it('try again after 1, 5, 30 and 120 minutes, then give up', () => {
    const now = beijing('2026-12-07T10:00:00')
    expect([1, 2, 3, 4].map((n) => (nextAttemptAt(n, now)!.getTime() - now.getTime()) / 60_000)).toEqual([1, 5, 30, 120])
    expect(nextAttemptAt(5, now)).toBeNull()
  })
})
