import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { buildSearchIndex } from '../../core/search/search-index.ts'
import { searchMatters } from '../../core/search/query.ts'
import { createApp } from '../../server/app.ts'
import { loadSettings, repoRoot } from '../../server/settings.ts'
import { smallCatalogue } from '../fixtures/catalogue-small.ts'
import { manyMatters } from './many-matters.ts'

/**
 * API throughput against a bare Hono route serving the same bytes (goal: ratio >= 0.7), and search
 * latency over 5,000 matters (goal: p99 <= 10 ms). Loopback only; every run is bounded in time.
 */
type AutocannonResult = { requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number }
type Autocannon = (opts: { url: string; connections: number; duration: number; workers?: number }) => Promise<AutocannonResult>
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

const ratioGoal = 0.7
const searchGoalMs = 10

async function listen(app: Hono): Promise<{ url: string; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => new Promise((done) => (server as Server).close(() => done())) }),
    )
  })
}

async function loadCatalogue(): Promise<{ catalogue: Catalogue; source: string }> {
  try {
    const { loadContentOrExplain } = await import('../../server/content/load-content.ts')
    return { catalogue: await loadContentOrExplain(repoRoot), source: 'content/' }
  } catch (e) {
    return { catalogue: smallCatalogue, source: `test/fixtures/catalogue-small.ts (content/ did not load: ${(e as Error).message.split('\n')[0]})` }
  }
}

async function requestsPerSecond(url: string): Promise<AutocannonResult> {
  return autocannon({ url, connections: 50, duration: 5 })
}

/**
 * App and bare runs alternate (app, bare, app, bare) and the better of each pair counts, so a burst
 * of load from other processes during one 5 s window does not decide the ratio.
 */
async function benchRoute(real: string, bare: string, path: string): Promise<void> {
  await autocannon({ url: real + path, connections: 10, duration: 1 }) // warm up the JIT and the caches
  await autocannon({ url: bare + path, connections: 10, duration: 1 })
  const runs: { app: AutocannonResult; bare: AutocannonResult }[] = []
  for (let round = 0; round < 2; round++) runs.push({ app: await requestsPerSecond(real + path), bare: await requestsPerSecond(bare + path) })
  const best = (key: 'app' | 'bare') => runs.map((r) => r[key]).reduce((a, b) => (b.requests.average > a.requests.average ? b : a))
  const r = best('app')
  const b = best('bare')
  const ratio = r.requests.average / b.requests.average
  console.log(
    `GET ${path}: app ${Math.round(r.requests.average)} req/s (p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}); ` +
      `bare ${Math.round(b.requests.average)} req/s; ratio ${ratio.toFixed(2)} (goal >= ${ratioGoal}) ${ratio >= ratioGoal ? 'OK' : 'BELOW GOAL'}`,
  )
}

async function benchHttp(): Promise<void> {
  const { catalogue, source } = await loadCatalogue()
  console.log(`HTTP: ${catalogue.matters.length} matters from ${source}; autocannon 50 connections x 5 s per run, best of 2 alternating runs, loopback`)
  const app = createApp({ catalogue, settings: loadSettings({}) })
  const paths = ['/api/matters', '/api/matters?q=yyzz']
  // The bare app answers the same bytes, precomputed, keyed by the search query.
  const bodies = new Map<string, Uint8Array<ArrayBuffer>>()
  for (const path of paths) bodies.set(new URL(path, 'http://x').searchParams.get('q') ?? '', new Uint8Array(await (await app.request(path)).arrayBuffer()))
  const bare = new Hono().get('/api/matters', (c) => c.body(bodies.get(c.req.query('q') ?? '')!, 200, { 'Content-Type': 'application/json; charset=UTF-8' }))
  const real = await listen(app)
  const plain = await listen(bare)
  try {
    for (const path of paths) await benchRoute(real.url, plain.url, path)
  } finally {
    await real.close()
    await plain.close()
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

function benchSearch(): void {
  const matters = manyMatters(smallCatalogue.matters, 5000)
  const started = performance.now()
  const index = buildSearchIndex(matters, smallCatalogue.departments)
  console.log(`search: index of ${matters.length} matters built in ${Math.round(performance.now() - started)} ms`)
  const queries = ['营业执照', 'yyzz', 'yingye', 'yingyezhizhao', 'business licence', 'restaurants', '食品经营许可', 'spjyxk', 'shipin',
    '登记', 'dengji', 'renewal', 'taxi', '出生医学证明', '公安局', '新城区 备案', 'hotel registration', 'zz', 'a', '不存在的事项']
  for (const q of queries) searchMatters(index, q) // warm up
  // Wall time is what a user waits; CPU time shows the cost without other processes' share of the cores.
  const times: number[] = []
  const cpuTimes: number[] = []
  let hits = 0
  for (let round = 0; round < 50; round++) {
    for (const q of queries) {
      const t0 = performance.now()
      const c0 = process.cpuUsage()
      hits += searchMatters(index, q).length
      const c = process.cpuUsage(c0)
      times.push(performance.now() - t0)
      cpuTimes.push((c.user + c.system) / 1000)
    }
  }
  times.sort((a, b) => a - b)
  cpuTimes.sort((a, b) => a - b)
  const p99 = percentile(times, 99)
  console.log(
    `search: ${times.length} queries over ${matters.length} matters: p50 ${percentile(times, 50).toFixed(2)} ms, ` +
      `p99 ${p99.toFixed(2)} ms (goal p99 <= ${searchGoalMs} ms) ${p99 <= searchGoalMs ? 'OK' : 'ABOVE GOAL'}; ` +
      `CPU time p50 ${percentile(cpuTimes, 50).toFixed(2)} ms, p99 ${percentile(cpuTimes, 99).toFixed(2)} ms; ${hits} hits`,
  )
}

console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (results are noisy when it exceeds the cores)`)
// HTTP first: the search bench leaves a large heap whose collection would land in the HTTP runs.
await benchHttp()
benchSearch()
