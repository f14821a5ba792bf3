import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Hono } from 'hono'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { foodLicenceForm, validFoodLicenceData } from '../../core/forms/test-form.ts'
import { createCipher } from '../crypto/cipher.ts'
import type { DraftDeps } from '../drafts/draft-deps.ts'
import { mountDraftApi } from '../drafts/mount-draft-api.ts'
import { onError } from '../http/on-error.ts'
import { memoryRateLimits } from '../http/rate-limit.ts'
import { newStaffToken, staffTokenCreated } from '../staff/staff-token.ts'
import { openSqliteStores } from '../store/stores.ts'
import type { FeedbackDeps } from './feedback-deps.ts'
import { loadCalendar } from './load-calendar.ts'
import { mountFeedbackApi } from './mount-feedback-api.ts'
import { loadFeedbackSettings } from './settings.ts'
import { repoRoot } from '../settings.ts'

/**
 * Drafts, applications and the whole feedback API on one app with the real error path, a real SQLite
 * file, the real calendar, a clock the test moves (starting 30 September 2026, the eve of 国庆) and a
 * valid staff token. Tests only.
 */
export async function feedbackTestApp(catalogue: Catalogue, env: Record<string, string> = {}, draftSettings: Partial<DraftDeps['settings']> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'feedback-api-'))
  const file = path.join(dir, 'drafts.sqlite')
  const stores = openSqliteStores(file)
  const { repo, feedback } = stores
  const state = { now: new Date('2026-09-30T02:00:00Z'), client: '203.0.113.7' }
  const drafts: DraftDeps = {
    repo, catalogue: { forms: [foodLicenceForm()], matters: [] }, clock: () => state.now, crypto: createCipher(randomBytes(32)),
    settings: { draftTtlDays: 30, lookupRatePerMinute: 100, createRatePerMinute: 100, saveRatePerMinute: 1000, draftMaxBytes: 64 * 1024, publicOrigin: 'https://lobby.example.gov.cn', ...draftSettings },
    limits: { store: memoryRateLimits(), clientOf: () => state.client },
  }
  const deps: FeedbackDeps = { clock: drafts.clock, crypto: drafts.crypto, limits: drafts.limits, feedback, drafts, catalogue, calendar: await loadCalendar(repoRoot), settings: loadFeedbackSettings(env) }
  const app = new Hono()
  app.onError(onError)
  mountDraftApi(app, drafts)
  mountFeedbackApi(app, deps)
  const staff = newStaffToken('窗口 5 李明', state.now, 30)
  await feedback.insertStaffToken(staff.stored, staffTokenCreated(staff.stored, 'cli'))
  const send = (method: string, url: string, body?: unknown, token?: string) =>
    app.request(url, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  const asStaff = (method: string, url: string, body?: unknown) => send(method, url, body, staff.token)
  /** Submits a valid food-business-licence application: its number, the applicant's ID number (and its last 4) and the receipt's rating key. */
  const submitApplication = async () => {
    const data = validFoodLicenceData()
    const created = (await (await send('POST', '/api/drafts', { formId: foodLicenceForm().id, data })).json()) as { token: string }
    const res = await send('POST', `/api/drafts/${created.token}/submit`)
    if (res.status !== 201) throw new Error(`submit failed: ${res.status} ${await res.text()}`)
    const { number, ratingKey } = ((await res.json()) as { application: { number: string; ratingKey: string } }).application
    return { number, idLast4: String(data['id-number']).slice(-4), idNumber: String(data['id-number']), ratingKey }
  }
  const close = async () => {
    await stores.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return { app, deps, state, send, asStaff, staffToken: staff.token, submitApplication, close }
}
