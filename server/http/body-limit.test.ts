import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { limitBody } from './body-limit.ts'
import { onError } from './on-error.ts'

function app() {
  const a = new Hono()
  a.onError(onError)
  a.use(limitBody(100))
  a.post('/echo', async (c) => c.text(String((await c.req.text()).length)))
  return a
}

describe('limitBody', () => {
  it('answers 413 as JSON when the declared Content-Length is over the limit', async () => {
    const res = await app().request('/echo', { method: 'POST', body: 'x'.repeat(101), headers: { 'content-length': '101' } })
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } })
  })

  it('lets a body within the declared limit through whole', async () => {
    const res = await app().request('/echo', { method: 'POST', body: 'x'.repeat(100), headers: { 'content-length': '100' } })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('100')
  })

  it('counts a body without a declared length as it streams in', async () => {
    const res = await app().request('/echo', { method: 'POST', body: 'x'.repeat(5000) })
    expect(res.status).toBe(413)
  })
})
