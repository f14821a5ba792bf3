import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { smallCatalogue } from '../../test/fixtures/catalogue-small.ts'
import { createApp } from '../app.ts'
import { loadSettings } from '../settings.ts'

let reached = 0
const app = createApp({
  catalogue: smallCatalogue,
  settings: loadSettings({}),
  extraRoutes: (a: Hono) => a.get('/api/staff/cases/:number', (c) => (reached++, c.json({ number: c.req.param('number') }))),
})

describe('text in the address that no store keeps', () => {
  it('answers a NUL or control character in a path segment with 404 before any route runs', async () => {
    for (const path of ['/api/staff/cases/HF-2026-%00', '/api/staff/cases/%1B', '/api/matters/%00']) {
      const res = await app.request(path)
      expect(res.status, path).toBe(404)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found')
    }
    expect(reached).toBe(0)
    expect((await app.request('/api/staff/cases/HF-2026-ABCD2345')).status).toBe(200)
  })

  it('answers a NUL in a query value with 400 bad_query naming the parameter', async () => {
    const res = await app.request('/api/matters?q=%E8%90%A5%00')
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      error: { code: 'bad_query', message: 'The query is not valid: q: contains a NUL character (U+0000); remove it.', details: [{ param: 'q', message: 'contains a NUL character (U+0000); remove it' }] },
    })
  })
})
