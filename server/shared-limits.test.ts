import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestSchema, testDatabaseUrl } from '../test/support/postgres.ts'
import { createApp } from './app.ts'
import { formatApplicationNumber } from './drafts/application-number.ts'
import { loadContentOrExplain } from './content/load-content.ts'
import { loadKioskSettings } from './kiosk/settings.ts'
import { openServices } from './open-services.ts'
import { loadSettings, repoRoot } from './settings.ts'

const catalogue = await loadContentOrExplain(repoRoot)
const key = randomBytes(32).toString('base64')

/** One server instance as main.ts builds it, on the shared PostgreSQL, behind a proxy at 10.0.0.2. */
async function instance(databaseUrl: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'instance-'))
  const settings = loadSettings({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, DATA_KEY: key, LOOKUP_RATE_PER_MINUTE: '4', TRUSTED_PROXIES: '10.0.0.0/24', LOG_LEVEL: 'silent' })
  const services = await openServices({ settings, kiosk: loadKioskSettings({}), studio: { studio: 'off' }, catalogue, log: () => undefined, fail: (m) => { throw new Error(m) } })
  const app = createApp({ catalogue, settings, ...services.app })
  return { app, close: async () => (await services.close(), rmSync(dataDir, { recursive: true, force: true })) }
}

/** A progress look-up (a guess at an ID number) from `client`, through the proxy (or straight from `peer`). */
async function lookUp(app: Hono, client: string, peer = '10.0.0.2'): Promise<number> {
  const env = { incoming: { socket: { remoteAddress: peer, remotePort: 50000, remoteFamily: 'IPv4' } } }
  const res = await app.request(`/api/applications/lookup?number=${formatApplicationNumber(2026, 1)}&idLast4=0000`, { headers: { 'X-Forwarded-For': client } }, env)
  return res.status
}

describe('rate limits shared by every instance on one PostgreSQL', () => {
  let a: Awaited<ReturnType<typeof instance>>
  let b: Awaited<ReturnType<typeof instance>>
  let drop: () => Promise<void>
  beforeAll(async () => {
    const url = await testDatabaseUrl()
    const schema = await createTestSchema(url)
    drop = schema.drop
    const withSchema = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema.schema}`)}`
    ;[a, b] = [await instance(withSchema), await instance(withSchema)]
  })
  afterAll(async () => (await a?.close(), await b?.close(), await drop?.()))

  it('gives a client one budget across two instances, not one each', async () => {
    const statuses = [await lookUp(a.app, '198.51.100.1'), await lookUp(b.app, '198.51.100.1'), await lookUp(a.app, '198.51.100.1'), await lookUp(b.app, '198.51.100.1')]
    expect(statuses).toEqual([404, 404, 404, 404])
    expect(await lookUp(a.app, '198.51.100.1')).toBe(429)
    expect(await lookUp(b.app, '198.51.100.1')).toBe(429)
  })

  it('tells clients behind the trusted proxy apart by X-Forwarded-For', async () => {
    expect(await lookUp(b.app, '198.51.100.2')).toBe(404)
  })

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy, so a client cannot dodge its budget', async () => {
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push(await lookUp(i % 2 ? a.app : b.app, `192.0.2.${i}`, '203.0.113.50'))
    expect(statuses).toEqual([404, 404, 404, 404, 429, 429])
  })
})
