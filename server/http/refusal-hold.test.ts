import { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { onError } from './on-error.ts'
import { memoryRateLimits, rateLimit } from './rate-limit.ts'
import { watchAnswer } from './watched-answer.ts'
import { refusalHold, type RefusalHold } from './refusal-hold.ts'

/** One route allowing one request a minute per client, its refusals held by `hold`. */
function limitedApp(hold: RefusalHold) {
  const app = new Hono()
  app.onError(onError)
  const limit = rateLimit({ store: memoryRateLimits(), clientOf: () => '203.0.113.7', hold, bucket: 'draft-create', perMinute: 1, clock: () => new Date() })
  app.post('/', async (c) => (await limit(c), c.json({ ok: true }, 201)))
  return app
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('a refused request is answered only after the refusal hold', () => {
  it('holds the 429 for the configured second, so a client with requests in flight sends fewer', async () => {
    const app = limitedApp(refusalHold(1000))
    expect((await app.request('/', { method: 'POST' })).status).toBe(201)
    const refused = watchAnswer(app.request('/', { method: 'POST' }))
    await vi.advanceTimersByTimeAsync(999)
    expect(refused.status).toBe('waiting')
    await vi.advanceTimersByTimeAsync(1)
    expect(refused.status).toBe(429)
  })

  it('never holds longer than the budget itself asks the client to wait', async () => {
    const hold = refusalHold(5000)
    let done = false
    void hold(200).then(() => (done = true))
    await vi.advanceTimersByTimeAsync(200)
    expect(done).toBe(true)
  })

  it('answers at once once the most refusals it may hold are waiting, so a flood costs bounded timers', async () => {
    const app = limitedApp(refusalHold(1000, 2))
    await app.request('/', { method: 'POST' })
    const held = [watchAnswer(app.request('/', { method: 'POST' })), watchAnswer(app.request('/', { method: 'POST' }))]
    const third = watchAnswer(app.request('/', { method: 'POST' }))
    await vi.advanceTimersByTimeAsync(0)
    expect(third.status).toBe(429)
    expect(held.map((h) => h.status)).toEqual(['waiting', 'waiting'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(held.map((h) => h.status)).toEqual([429, 429])
    // The held ones are released: the next refusal is held again.
    const fourth = watchAnswer(app.request('/', { method: 'POST' }))
    await vi.advanceTimersByTimeAsync(0)
    expect(fourth.status).toBe('waiting')
    await vi.advanceTimersByTimeAsync(1000)
  })

  it('answers at once when the hold is set to 0', async () => {
    const app = limitedApp(refusalHold(0))
    await app.request('/', { method: 'POST' })
    const refused = watchAnswer(app.request('/', { method: 'POST' }))
    await vi.advanceTimersByTimeAsync(0)
    expect(refused.status).toBe(429)
  })
})
