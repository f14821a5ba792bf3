import { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { limitBody } from './body-limit.ts'
import { readJsonBody } from './json-body.ts'
import { holdMalformedRefusals } from './malformed-refusals.ts'
import { onError } from './on-error.ts'
import { memoryRateLimits } from './rate-limit.ts'
import { watchAnswer } from './watched-answer.ts'
import { refusalHold } from './refusal-hold.ts'
import { z } from 'zod'

/** An API refusing bodies over 1 KB and bodies that are not {"name": string}; malformed ones from a client count, 3 a minute. */
function api() {
  const app = new Hono()
  app.onError(onError)
  let client = '198.51.100.1'
  app.use('/api/*', holdMalformedRefusals({ store: memoryRateLimits(), clientOf: () => client, hold: refusalHold(1000) }, () => new Date(), 3))
  app.use('/api/*', limitBody(1024))
  app.post('/api/things', async (c) => c.json(await readJsonBody(c, z.object({ name: z.string() }).strict()), 201))
  app.get('/api/things/:id', (c) => c.json({ error: { code: 'thing_not_found', message: 'no such thing' } }, 404))
  const post = (body: string, type = 'application/json') => app.request('/api/things', { method: 'POST', headers: { 'Content-Type': type }, body })
  return { app, post, from: (address: string) => void (client = address) }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('a client that keeps sending malformed requests waits for its refusals', () => {
  it('answers the first malformed requests of a minute at once, then holds each refusal a second', async () => {
    const t = api()
    const first = [t.post('x'.repeat(2000)), t.post('{"name":', 'application/json'), t.post('{}', 'text/plain')].map(watchAnswer)
    await vi.advanceTimersByTimeAsync(0)
    expect(first.map((r) => r.status)).toEqual([413, 400, 415])
    const fourth = watchAnswer(t.post('{"name":"a","extra":1}'))
    await vi.advanceTimersByTimeAsync(999)
    expect(fourth.status).toBe('waiting')
    await vi.advanceTimersByTimeAsync(1)
    expect(fourth.status).toBe(422)
  })

  it('never holds good requests, answers the API refuses for other reasons, or other clients', async () => {
    const t = api()
    for (let i = 0; i < 3; i++) await t.post('x'.repeat(2000))
    const good = watchAnswer(t.post('{"name":"营业执照"}'))
    const missing = watchAnswer(t.app.request('/api/things/7'))
    t.from('198.51.100.2')
    const stranger = watchAnswer(t.post('x'.repeat(2000)))
    await vi.advanceTimersByTimeAsync(0)
    expect([good.status, missing.status, stranger.status]).toEqual([201, 404, 413])
  })
})
