import { describe, expect, it } from 'vitest'
import { serverClock } from './clock.ts'

describe('the server clock', () => {
  it('tells the real time when no test start is given', () => {
    expect(serverClock(undefined, () => 1_000)().getTime()).toBe(1_000)
  })

  it('starts at the test start and runs on as real time passes', () => {
    let real = 5_000
    const clock = serverClock(new Date('2026-12-07T02:00:00Z'), () => real)
    expect(clock().toISOString()).toBe('2026-12-07T02:00:00.000Z')
    real += 90_000
    expect(clock().toISOString()).toBe('2026-12-07T02:01:30.000Z')
  })
})
