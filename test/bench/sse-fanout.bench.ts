import { spawn, type ChildProcess } from 'node:child_process'
import { request } from 'node:http'
import { loadavg } from 'node:os'
import { createInterface } from 'node:readline'

/**
 * Issue 18, bench (a): event fan-out. 2,000 open server-sent-event connections; the time from a staff
 * call (叫号) to the event at each client, p99 (goal <= 1 s on this machine), against a bare Hono SSE
 * route broadcasting the same snapshot in the same run. Each server runs in its own process
 * (sse-server.ts); the clients are plain sockets in this one. Three calls per server.
 */
const clients = 2000
const calls = 3
const goalMs = 1000

type Server = { url: string; child: ChildProcess }

async function start(mode: 'live' | 'bare'): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/sse-server.ts', mode], { stdio: ['ignore', 'pipe', 'inherit'] })
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`the ${mode} server exited with ${code}`)))
  })
  return { url: (JSON.parse(line) as { url: string }).url, child }
}

async function post(url: string, body?: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }) })
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${await res.text()}`)
  return res.text()
}

/** One open event stream, reconnecting as EventSource does: the newest event id seen and when each new id arrived. */
class Listener {
  latest = -1
  arrived = new Map<number, number>()
  errors = 0
  #buffer = ''
  #closed = false
  #req: ReturnType<typeof request> | null = null
  constructor(private url: string, private onOpen: () => void) {
    this.#connect()
  }
  #connect(): void {
    this.#buffer = ''
    const req = request(this.url, { agent: false, headers: { accept: 'text/event-stream' } }, (res) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => this.#read(chunk))
    })
    req.on('error', () => {
      this.errors += 1
      if (!this.#closed) setTimeout(() => this.#connect(), 200)
    })
    req.end()
    this.#req = req
  }
  #read(chunk: string): void {
    this.#buffer += chunk
    let end: number
    while ((end = this.#buffer.indexOf('\n\n')) >= 0) {
      const block = this.#buffer.slice(0, end)
      this.#buffer = this.#buffer.slice(end + 2)
      const id = /^id: (\d+)$/m.exec(block)
      if (!id) continue
      const n = Number(id[1])
      if (this.latest < 0) this.onOpen()
      if (n > this.latest) {
        this.latest = n
        this.arrived.set(n, performance.now())
      }
    }
  }
  close(): void {
    this.#closed = true
    this.#req?.destroy()
  }
}

async function fanOut(server: Server, events: string): Promise<{ latencies: number[]; missing: number; errors: number }> {
  let open = 0
  const listeners: Listener[] = []
  for (let i = 0; i < clients; i++) {
    listeners.push(new Listener(`${server.url}${events}`, () => (open += 1)))
    if (i % 100 === 99) await new Promise((r) => setTimeout(r, 20)) // no connect storm on the accept queue
  }
  const deadline = Date.now() + 60_000
  while (open < clients && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
  if (open < clients) throw new Error(`only ${open} of ${clients} event streams opened (${listeners.reduce((n, l) => n + l.errors, 0)} connection errors)`)
  const latencies: number[] = []
  let missing = 0
  for (let c = 0; c < calls; c++) {
    const before = Math.max(...listeners.map((l) => l.latest))
    const sent = performance.now()
    await post(`${server.url}/bench/call`)
    const until = Date.now() + 10_000
    while (listeners.some((l) => l.latest <= before) && Date.now() < until) await new Promise((r) => setTimeout(r, 5))
    for (const l of listeners) {
      const first = [...l.arrived].filter(([id]) => id > before).map(([, at]) => at)[0]
      if (first === undefined) missing += 1
      else latencies.push(first - sent)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  for (const l of listeners) l.close()
  return { latencies, missing, errors: listeners.reduce((n, l) => n + l.errors, 0) }
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? NaN
const live = await start('live')
const bare = await start('bare')
try {
  for (let i = 0; i < calls; i++) await post(`${live.url}/api/queue/tickets`, JSON.stringify({ zone: 'business-startup' }))
  await post(`${bare.url}/snapshot`, await (await fetch(`${live.url}/api/queue/activity`)).text())
  const l = await fanOut(live, '/api/queue/events')
  const b = await fanOut(bare, '/events')
  const line = (name: string, r: { latencies: number[]; missing: number; errors: number }) =>
    `${name}: p50 ${pct(r.latencies, 50).toFixed(0)} ms, p99 ${pct(r.latencies, 99).toFixed(0)} ms, max ${pct(r.latencies, 100).toFixed(0)} ms over ${r.latencies.length} deliveries${r.missing ? `, ${r.missing} MISSING` : ''} (${r.errors} reconnections while opening)`
  console.log(line(`(a) live hall, ${clients} SSE clients`, l))
  console.log(line(`(a) bare Hono SSE route, ${clients} clients`, b))
  const p99 = pct(l.latencies, 99)
  console.log(`(a) p99 ${p99.toFixed(0)} ms (goal <= ${goalMs}) ${p99 <= goalMs && l.missing === 0 ? 'OK' : 'MISSED'}; ratio to the bare route ${(p99 / pct(b.latencies, 99)).toFixed(2)}; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
} finally {
  live.child.kill()
  bare.child.kill()
}
