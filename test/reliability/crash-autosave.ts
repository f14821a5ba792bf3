/**
 * Crash test of draft autosave: under a bounded autosave load on loopback, kill -9 the server again
 * and again; after each restart, every save acknowledged with 2xx must be present and intact.
 *
 *   npx tsx test/reliability/crash-autosave.ts [--kills 12] [--drafts 24] [--workers 8]
 *
 * Prints `acknowledged N, found N, lost 0` and exits non-zero if anything acknowledged was lost.
 * Uses SQLite in a temporary DATA_DIR (or PostgreSQL when DATABASE_URL is set).
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isDeepStrictEqual, parseArgs } from 'node:util'
import { killHard, startDraftsServer, type ServerProcess } from '../support/drafts-server-process.ts'

const { values: args } = parseArgs({ options: { kills: { type: 'string', default: '12' }, drafts: { type: 'string', default: '24' }, workers: { type: 'string', default: '8' } } })
const KILLS = Number(args.kills)
const DRAFTS = Number(args.drafts)
const WORKERS = Number(args.workers)
const FORM = 'food-business-licence'

type Data = Record<string, unknown>
/** What the client knows of one draft: the last acknowledged save, and a save whose answer never came. */
type Tracked = { token: string; acked: { revision: number; data: Data }; ackedSaves: number; pending: { revision: number; data: Data } | null }

const dataDir = mkdtempSync(path.join(tmpdir(), 'crash-autosave-'))
// One client makes every save here: raise its per-client budgets, which are not what this test is about.
const env = { DATA_DIR: dataDir, DATA_KEY: randomBytes(32).toString('base64'), PURGE_INTERVAL_MINUTES: '60', CREATE_RATE_PER_MINUTE: '100000', SAVE_RATE_PER_MINUTE: '100000000' }
let acknowledged = 0
let found = 0
let lost = 0
const problems: string[] = []

function dataFor(draft: number, step: number): Data {
  return {
    'operator-name': `江川市好味道餐饮店 ${draft}-${step}`,
    'legal-representative': `张小明${step}`,
    'legal-representative-id': '11010519491231002X',
    'contact-phone': `138${String(step).padStart(8, '0')}`,
    'floor-area': step,
    'catering-items': step % 2 ? ['hot-food'] : [],
    'food-safety-managers': [{ name: `李红${step}` }],
  }
}

async function request(origin: string, method: string, url: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(origin + url, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: res.status, json: res.status === 204 ? null : await res.json() }
}

async function createDrafts(origin: string): Promise<Tracked[]> {
  const drafts: Tracked[] = []
  for (let i = 0; i < DRAFTS; i++) {
    const data = dataFor(i, 0)
    const { status, json } = await request(origin, 'POST', '/api/drafts', { formId: FORM, data })
    if (status !== 201) throw new Error(`Creating a draft answered ${status}: ${JSON.stringify(json)}`)
    drafts.push({ token: json.token, acked: { revision: 1, data }, ackedSaves: 1, pending: null })
    acknowledged++
  }
  return drafts
}

/** One worker saves its own drafts in turn, as fast as answers come, until the server dies. */
async function worker(origin: string, mine: Tracked[], step: { n: number }): Promise<void> {
  for (let i = 0; ; i++) {
    const draft = mine[i % mine.length]!
    const data = dataFor(DRAFTS, ++step.n)
    draft.pending = { revision: draft.acked.revision + 1, data }
    let res
    try {
      res = await request(origin, 'PUT', `/api/drafts/${draft.token}`, { data, revision: draft.acked.revision, position: null })
    } catch {
      return // the server was killed mid-request: the pending save may or may not have landed
    }
    if (res.status !== 200) throw new Error(`A save answered ${res.status}: ${JSON.stringify(res.json)}`)
    draft.acked = { revision: res.json.revision, data }
    draft.pending = null
    draft.ackedSaves++
    acknowledged++
  }
}

/** After a restart: the stored draft is the last acknowledged save, or the one in flight when it died. */
async function verify(origin: string, drafts: Tracked[]): Promise<void> {
  for (const draft of drafts) {
    const { status, json } = await request(origin, 'GET', `/api/drafts/${draft.token}`)
    const stored = status === 200 ? { revision: json.revision, data: json.data } : null
    const matches = (s: { revision: number; data: Data } | null) => s !== null && stored !== null && s.revision === stored.revision && isDeepStrictEqual(s.data, stored.data)
    if (matches(draft.acked)) found += draft.ackedSaves
    else if (matches(draft.pending)) {
      found += draft.ackedSaves
      draft.acked = draft.pending!
      draft.ackedSaves = 0 // its own acknowledgement never came, so it is not counted
    } else {
      lost += draft.ackedSaves
      problems.push(`draft …${draft.token.slice(-4)}: acknowledged revision ${draft.acked.revision}, found ${stored ? `revision ${stored.revision}` : `status ${status}`}`)
      if (stored) draft.acked = stored
    }
    draft.ackedSaves = 0
    draft.pending = null
  }
}

let server: ServerProcess | undefined

async function main(): Promise<void> {
  server = await startDraftsServer(env)
  let origin = server.origin
  const drafts = await createDrafts(origin)
  const step = { n: 0 }
  for (let kill = 1; kill <= KILLS; kill++) {
    const groups = Array.from({ length: WORKERS }, (_, w) => drafts.filter((_, i) => i % WORKERS === w))
    const running = Promise.all(groups.map((g) => worker(origin, g, step)))
    await new Promise((r) => setTimeout(r, 1000 + Math.random() * 1500))
    await killHard(server)
    await running
    server = undefined
    server = await startDraftsServer(env)
    origin = server.origin
    await verify(origin, drafts)
    console.log(`kill ${kill}/${KILLS}: acknowledged ${acknowledged}, found ${found}, lost ${lost}`)
  }
}

try {
  await main()
} finally {
  if (server) await killHard(server)
  rmSync(dataDir, { recursive: true, force: true })
}
for (const p of problems) console.error(p)
console.log(`acknowledged ${acknowledged}, found ${found}, lost ${lost}`)
process.exit(lost > 0 || found !== acknowledged ? 1 : 0)
