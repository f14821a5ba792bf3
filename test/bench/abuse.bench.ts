/**
 * Issue 15: the throughput of normal searches while one client sends the worst draft bodies it is
 * allowed to, against the same searches on the idle server, in the same run (goal: ratio >= 0.8). The
 * server is the real product (server/main.ts, SQLite, default limits) in its own process; the hostile
 * client (hostile-client.ts) is another process keeping 6 requests in flight, as in the finding.
 * Idle and attacked runs alternate in pairs a few seconds apart, and the median of the pairs' ratios
 * counts, so a burst of load from other processes does not decide it. The server's CPU time during
 * the attack alone is reported too: it barely depends on what else the machine runs.
 *
 *   npx tsx test/bench/abuse.bench.ts [--duration 3] [--pairs 5]
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { startServer } from '../support/server-process.ts'

type AutocannonResult = { requests: { average: number }; latency: { p99: number }; non2xx: number }
type Autocannon = (opts: { url: string; connections: number; duration: number }) => Promise<AutocannonResult>
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

const { values: args } = parseArgs({ options: { duration: { type: 'string', default: '3' }, pairs: { type: 'string', default: '5' } } })
const DURATION = Number(args.duration)
const goal = 0.8
const searches = ['/api/matters?q=yyzz', `/api/matters?q=${encodeURIComponent('营业执照')}`, '/api/matters?q=food']
let turn = 0

/** Search throughput for one run, 20 connections, the queries taking turns from run to run. */
async function searchRate(origin: string): Promise<AutocannonResult> {
  return autocannon({ url: origin + searches[turn++ % searches.length], connections: 20, duration: DURATION })
}

/** CPU time (user + system, ms) a process has used so far, from /proc. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

const loadAtStart = loadavg()[0]!
// The product's own limits (the e2e helper raises them; here they are what is measured).
const server = await startServer({ CREATE_RATE_PER_MINUTE: '20', SAVE_RATE_PER_MINUTE: '240', LOG_LEVEL: 'warn' })
const tokens: string[] = []
for (let n = 0; n < 3; n++) {
  const res = await fetch(`${server.url}/api/drafts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ formId: 'food-business-licence' }) })
  tokens.push(((await res.json()) as { token: string }).token)
}
const hostile = spawn(process.execPath, ['--import', 'tsx', 'test/bench/hostile-client.ts', server.url, '6', tokens.join(',')], { stdio: ['pipe', 'pipe', 'inherit'] })
let out = ''
hostile.stdout.on('data', (c) => (out += c))
try {
  while (!out.includes('ready')) await pause(100)
  await autocannon({ url: server.url + searches[0], connections: 10, duration: 1 }) // warm up
  const ratios: number[] = []
  const idle: number[] = []
  const attacked: number[] = []
  for (let pair = 0; pair < Number(args.pairs); pair++) {
    const cpuBefore = cpuMs(server.child.pid!)
    const quiet = await searchRate(server.url)
    const cpuQuiet = cpuMs(server.child.pid!) - cpuBefore
    hostile.stdin.write('on\n')
    await pause(500)
    const cpuBusyStart = cpuMs(server.child.pid!)
    const busy = await searchRate(server.url)
    const cpuBusy = cpuMs(server.child.pid!) - cpuBusyStart
    hostile.stdin.write('off\n')
    await pause(300)
    idle.push(quiet.requests.average)
    attacked.push(busy.requests.average)
    ratios.push(busy.requests.average / quiet.requests.average)
    const perSearch = (cpu: number, r: AutocannonResult) => (cpu / Math.max(1, r.requests.average * DURATION)).toFixed(2)
    console.log(
      `pair ${pair + 1}: idle ${Math.round(quiet.requests.average)} req/s (p99 ${quiet.latency.p99} ms, server ${perSearch(cpuQuiet, quiet)} CPU ms/search), ` +
        `attacked ${Math.round(busy.requests.average)} req/s (p99 ${busy.latency.p99} ms, server ${perSearch(cpuBusy, busy)} CPU ms/search incl. the attack), ratio ${ratios.at(-1)!.toFixed(2)}, load ${loadavg()[0]!.toFixed(1)}`,
    )
  }
  // The attack alone, with no searches: how much of one core it takes from the server.
  const before = cpuMs(server.child.pid!)
  const started = performance.now()
  hostile.stdin.write('on\n')
  await pause(DURATION * 1000)
  hostile.stdin.end('end\n')
  if (hostile.exitCode === null) await new Promise((r) => hostile.once('exit', r))
  const share = (cpuMs(server.child.pid!) - before) / (performance.now() - started)
  const ratio = median(ratios)
  console.log(`machine: ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end`)
  console.log(`searches: idle median ${Math.round(median(idle))} req/s, while one client attacks median ${Math.round(median(attacked))} req/s`)
  console.log(`ratio ${ratio.toFixed(2)} (median of ${ratios.length} pairs; goal >= ${goal}) ${ratio >= goal ? 'OK' : 'BELOW GOAL'}`)
  console.log(`the attack alone took ${(share * 100).toFixed(1)}% of one core of server CPU time; the hostile client's answers: ${out.replace('ready', '').trim()}`)
} finally {
  hostile.kill()
  await server.stop()
}
