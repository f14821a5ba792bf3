import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { liveTestApp } from '../../server/live/live-test-app.ts'

/**
 * The servers of the SSE fan-out bench, each in its own process: `live` is the product's live API
 * (liveTestApp: SQLite, the real content, its clock on a working day, a staff token); `bare` is a bare
 * Hono route that streams the same snapshot to every open connection when POST /call is sent.
 * Both answer POST /bench/call: `live` calls the next ticket to window 1 through the staff route.
 * Prints one JSON line: { url }.
 */
const mode = process.argv[2]
let app: Hono
if (mode === 'live') {
  const live = await liveTestApp()
  app = live.app
  app.post('/bench/call', async (c) => c.json((await live.asStaff('POST', '/api/staff/calling/next', { zone: 'business-startup', window: 1 })).body))
} else {
  const listeners = new Set<(json: string, id: number) => void>()
  let version = 0
  let snapshot = '{}'
  app = new Hono()
  app.get('/events', (c) =>
    streamSSE(c, async (stream) => {
      let wake: (() => void) | null = null
      const queue: { json: string; id: number }[] = []
      const listener = (json: string, id: number) => (queue.push({ json, id }), wake?.())
      listeners.add(listener)
      stream.onAbort(() => (listeners.delete(listener), wake?.()))
      await stream.writeSSE({ id: String(version), event: 'hall', data: snapshot })
      while (!stream.aborted) {
        const next = queue.shift()
        if (next) await stream.writeSSE({ id: String(next.id), event: 'hall', data: next.json })
        else await new Promise<void>((resolve) => (wake = resolve))
      }
    }),
  )
  app.post('/snapshot', async (c) => ((snapshot = await c.req.text()), c.body(null, 204)))
  app.post('/bench/call', (c) => {
    version += 1
    for (const l of listeners) l(snapshot, version)
    return c.json({ ok: true })
  })
}
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(JSON.stringify({ url: `http://127.0.0.1:${info.port}` })))
