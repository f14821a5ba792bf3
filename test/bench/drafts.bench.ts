/**
 * Draft saves per second and p99 latency at 50 connections on loopback, on SQLite and on PostgreSQL,
 * each against a bare Hono route that accepts the same body. Each run lasts ~5 s.
 *
 *   npx tsx test/bench/drafts.bench.ts [--duration 5] [--connections 50] [--stores sqlite,postgres]
 *
 * Goals on SQLite: ≥ 2,000 saves/s and p99 ≤ 25 ms. PostgreSQL is TEST_DATABASE_URL (or the local
 * default), in a fresh schema dropped afterwards.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createTestSchema, testDatabaseUrl } from '../support/postgres.ts'
import { killHard, startDraftsServer, type ServerProcess } from '../support/drafts-server-process.ts'

const { values: args } = parseArgs({ options: { duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '50' }, stores: { type: 'string', default: 'sqlite,postgres' } } })
const STORES = new Set(args.stores.split(','))
const DURATION = Number(args.duration)
const CONNECTIONS = Number(args.connections)
const FORM = 'food-business-licence'

// autocannon ships no types: these are the parts of its API used here.
type Autocannon = (options: Record<string, unknown>) => Promise<{ '2xx': number; non2xx: number; errors: number; latency: { p50: number; p99: number } }>
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

type Result = { name: string; savesPerSecond: number; p99: number; p50: number; non2xx: number; errors: number; cpuMsPerSave?: number; note?: string }

/**
 * CPU time (user + system, ms) the server process has used so far, from /proc: unlike saves/s it
 * barely depends on what else the machine is running, so runs on a busy machine stay comparable.
 */
function serverCpuMs(server: ServerProcess): number {
  const fields = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // utime + stime, in clock ticks of 1/100 s
}

/** Measures a run, adding the server's CPU per save. */
async function measureServer(name: string, server: ServerProcess, drafts: Draft[]): Promise<Result> {
  const before = serverCpuMs(server)
  const result = await measure(name, server.origin, drafts)
  const saves = result.savesPerSecond * DURATION
  return { ...result, cpuMsPerSave: saves > 0 ? (serverCpuMs(server) - before) / saves : undefined }
}
type Draft = { id: string; token: string; revision: number }

const body = (step: number) => ({
  'operator-name': '江川市新城区好味道餐饮店',
  'legal-representative': '张小明',
  'legal-representative-id': '11010519491231002X',
  'contact-phone': '13812345678',
  'premises-address': '江川市新城区市民大道 88 号 1 楼',
  'floor-area': step % 500,
  'catering-items': ['hot-food'],
  'food-safety-managers': [{ name: '李红' }, { name: '王五' }],
})

async function createDrafts(origin: string, count: number): Promise<Draft[]> {
  const drafts: Draft[] = []
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${origin}/api/drafts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ formId: FORM, data: body(0) }) })
    if (res.status !== 201) throw new Error(`Creating a draft answered ${res.status}: ${await res.text()}`)
    drafts.push((await res.json()) as Draft)
  }
  return drafts
}

/**
 * Each request takes a draft no other in-flight request holds and saves over its current revision.
 * Autocannon builds each connection's first request once into a buffer all connections share, so
 * those first requests all go to one draft and all but one conflict: expect up to connections - 1
 * non-2xx answers per run. Answers name the draft saved, so revisions stay right regardless.
 */
async function measure(name: string, origin: string, drafts: Draft[], duration = DURATION): Promise<Result> {
  const byId = new Map(drafts.map((d) => [d.id, d]))
  const free = [...drafts]
  let step = 0
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        setupRequest: (req: any, context: any) => {
          const draft = free.pop() ?? drafts[step % drafts.length]!
          context.draft = draft
          return { ...req, method: 'PUT', path: `/api/drafts/${draft.token}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: body(++step), revision: draft.revision, position: null }) }
        },
        onResponse: (status: number, text: string, context: any) => {
          if (status === 200) {
            const saved = JSON.parse(text) as { id: string; revision: number }
            byId.get(saved.id)!.revision = saved.revision
          }
          free.push(context.draft)
        },
      },
    ],
  })
  return { name, savesPerSecond: result['2xx'] / duration, p99: result.latency.p99, p50: result.latency.p50, non2xx: result.non2xx, errors: result.errors }
}

async function run(name: string, env: Record<string, string>): Promise<Result> {
  // One client makes every save here: its per-client budgets are raised, since they are not what is measured.
  const server = await startDraftsServer({ ...env, SQLITE_COMMIT_STATS: '1', CREATE_RATE_PER_MINUTE: '100000', SAVE_RATE_PER_MINUTE: '100000000' })
  try {
    const drafts = await createDrafts(server.origin, CONNECTIONS * 2)
    await measure(`${name} warm-up`, server.origin, drafts, 1)
    // Saves still in flight when the warm-up stopped may have landed: read the revisions back.
    for (const d of drafts) d.revision = ((await (await fetch(`${server.origin}/api/drafts/${d.token}`)).json()) as Draft).revision
    const batchesBefore = commitStats(server.stderr())
    const result = await measureServer(name, server, drafts)
    return { ...result, note: batchNote(batchesBefore, commitStats(server.stderr())) }
  } finally {
    await killHard(server)
  }
}

type CommitStats = { writes: number; batches: number; largest: number }

/** The SQLite writer's last report on stderr (SQLITE_COMMIT_STATS): cumulative writes and transactions. */
function commitStats(stderr: string): CommitStats | null {
  const reports = [...stderr.matchAll(/sqlite group commit: (\d+) writes in (\d+) transactions \(mean [\d.]+, largest (\d+)\)/g)]
  const last = reports.at(-1)
  return last ? { writes: Number(last[1]), batches: Number(last[2]), largest: Number(last[3]) } : null
}

function batchNote(before: CommitStats | null, after: CommitStats | null): string | undefined {
  if (!after) return undefined
  const writes = after.writes - (before?.writes ?? 0)
  const batches = after.batches - (before?.batches ?? 0)
  return `${batches} commits for ${writes} writes (mean ${(writes / Math.max(batches, 1)).toFixed(1)} per fsync, largest so far ${after.largest})`
}

async function bare(): Promise<Result> {
  const server: ServerProcess = await startDraftsServer({}, 120_000, 'test/bench/bare-save-server.ts')
  try {
    const drafts = Array.from({ length: CONNECTIONS * 2 }, (_, i) => ({ id: `bare${i}`.padEnd(22, 'x'), token: `bare${i}`.padEnd(22, 'x'), revision: 1 }))
    await measure('bare warm-up', server.origin, drafts, 1)
    return await measureServer('bare Hono route', server, drafts)
  } finally {
    await killHard(server)
  }
}

const loadAtStart = loadavg()[0]!
const key = randomBytes(32).toString('base64')
const dataDir = mkdtempSync(path.join(tmpdir(), 'drafts-bench-'))
const results: Result[] = []
try {
  results.push(await bare())
  if (STORES.has('sqlite')) results.push(await run('SQLite', { DATA_DIR: dataDir, DATA_KEY: key }))
  if (STORES.has('postgres')) await runPostgres()
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}

async function runPostgres(): Promise<void> {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  try {
    const withSchema = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
    results.push(await run('PostgreSQL', { DATA_DIR: dataDir, DATA_KEY: key, DATABASE_URL: withSchema }))
  } finally {
    await drop()
  }
}

const baseline = results[0]!
const load = `load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end, on ${cpus().length} CPUs`
console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, loopback; ${load}`)
for (const r of results) {
  const ratio = r === baseline ? '' : `  (${((r.savesPerSecond / baseline.savesPerSecond) * 100).toFixed(0)}% of bare throughput, p99 ${(r.p99 / Math.max(baseline.p99, 1)).toFixed(1)}x)`
  const cpu = r.cpuMsPerSave === undefined ? '' : `  server CPU ${r.cpuMsPerSave.toFixed(2)} ms/save`
  console.log(`${r.name.padEnd(16)} ${r.savesPerSecond.toFixed(0).padStart(6)} saves/s  p50 ${r.p50} ms  p99 ${r.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}${cpu}${ratio}`)
  if (r.note) console.log(`${''.padEnd(16)} ${r.note}`)
}
const sqlite = results.find((r) => r.name === 'SQLite')
if (sqlite) {
  const met = sqlite.savesPerSecond >= 2000 && sqlite.p99 <= 25
  console.log(`SQLite goal (≥ 2,000 saves/s, p99 ≤ 25 ms): ${met ? 'met' : 'NOT met'} on this machine (${load})`)
  if (sqlite.cpuMsPerSave) console.log(`SQLite server CPU per save ${sqlite.cpuMsPerSave.toFixed(2)} ms: at most ~${Math.round(1000 / sqlite.cpuMsPerSave)} saves/s on one free core`)
}
