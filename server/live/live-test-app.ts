import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Hono } from 'hono'
import { loadContentOrExplain } from '../content/load-content.ts'
import { createCipher } from '../crypto/cipher.ts'
import { loadCalendar } from '../feedback/load-calendar.ts'
import { onError } from '../http/on-error.ts'
import { memoryRateLimits } from '../http/rate-limit.ts'
import { repoRoot } from '../settings.ts'
import { newStaffToken, staffTokenCreated } from '../staff/staff-token.ts'
import { openPostgresStores, openSqliteStores } from '../store/stores.ts'
import { openLive } from './open-live.ts'

/**
 * The live API on the real content and calendar, a fresh SQLite file, a clock the test moves
 * (starting Tuesday 29 September 2026, 10:00 in Beijing) and a valid staff token. Tests only.
 */
export async function liveTestApp(options: { databaseUrl?: string; schema?: string; sms?: boolean } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'live-api-'))
  const file = path.join(dir, 'drafts.sqlite')
  const stores = options.databaseUrl ? await openPostgresStores({ connectionString: options.databaseUrl, ...(options.schema ? { schema: options.schema } : {}) }) : openSqliteStores(file)
  const feedback = stores.feedback
  const state = { now: new Date('2026-09-29T10:00:00+08:00'), client: '203.0.113.7' }
  const live = openLive({
    store: stores.live, outbox: stores.outbox, sms: options.sms ?? false, listen: options.databaseUrl ? { connectionString: options.databaseUrl } : null,
    catalogue: await loadContentOrExplain(repoRoot), calendar: await loadCalendar(repoRoot), crypto: createCipher(randomBytes(32)),
    clock: () => state.now, limits: { store: memoryRateLimits(), clientOf: () => state.client }, staff: feedback, ratePerMinute: 1000, log: () => undefined,
  })
  const app = new Hono()
  app.onError(onError)
  live.mount(app)
  const staff = newStaffToken('窗口 1 王芳', state.now, 30)
  await feedback.insertStaffToken(staff.stored, staffTokenCreated(staff.stored, 'cli'))
  const send = async (method: string, url: string, body?: unknown, token?: string) => {
    const res = await app.request(url, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: res.status, body: (await res.json()) as any }
  }
  const asStaff = (method: string, url: string, body?: unknown) => send(method, url, body, staff.token)
  const close = async () => {
    await live.close()
    await stores.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return { app, deps: live.deps, stores, state, send, asStaff, close, file }
}

export type LiveTestApp = Awaited<ReturnType<typeof liveTestApp>>
