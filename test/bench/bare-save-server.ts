import { serve } from '@hono/node-server'
import { Hono } from 'hono'

/**
 * The benchmark's baseline: a bare Hono route that accepts the same draft save body and answers as a
 * save would, with no storage, encryption or checks. Prints `listening on http://127.0.0.1:<port>`.
 */
const app = new Hono().put('/api/drafts/:token', async (c) => {
  const body = (await c.req.json()) as { revision: number }
  return c.json({ id: c.req.param('token'), revision: body.revision + 1, expiresAt: new Date().toISOString(), updatedAt: new Date().toISOString() })
})
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`listening on http://127.0.0.1:${info.port} (bare)`))
