import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Hono } from 'hono'
import { draftHeaders } from '../../core/api/draft-token-header.ts'
import type { FormDefinition } from '../../core/content/form.ts'
import { createCipher } from '../crypto/cipher.ts'
import type { DraftDeps, DraftSettings } from '../drafts/draft-deps.ts'
import { onError } from '../http/on-error.ts'
import { memoryRateLimits } from '../http/rate-limit.ts'
import { openSqliteStores } from '../store/stores.ts'
import { mountDraftApi } from '../drafts/mount-draft-api.ts'

/**
 * The draft routes on a small app with the real error path and a real SQLite file
 * (its hand-off store too, as `stores.handoffs`),
 * a clock the test moves, a client address it can change, and a catalogue it can swap. Tests only.
 */
export function draftsTestApp(forms: FormDefinition[], settings: Partial<DraftSettings> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'drafts-api-'))
  const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
  const { repo } = stores
  const state = { now: new Date('2026-11-25T02:00:00Z'), forms, client: '203.0.113.7' }
  const deps: DraftDeps = {
    repo,
    catalogue: () => ({ forms: state.forms, matters: [] }),
    settings: { draftTtlDays: 30, lookupRatePerMinute: 10, createRatePerMinute: 20, saveRatePerMinute: 240, draftMaxBytes: 64 * 1024, publicOrigin: 'https://lobby.example.gov.cn', ...settings },
    clock: () => state.now,
    crypto: createCipher(randomBytes(32)),
    limits: { store: memoryRateLimits(), clientOf: () => state.client },
  }
  const app = new Hono()
  app.onError(onError)
  mountDraftApi(app, deps)
  const send = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(url, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    })
  /** A call on the draft `token` opens, as the client makes it: /api/draft with the token in the Draft-Token header. */
  const sendDraft = (method: string, token: string, path: '' | '/qr.svg' | '/submit' = '', body?: unknown) => send(method, `/api/draft${path}`, body, draftHeaders(token))
  return { app, deps, repo, stores, state, send, sendDraft, close: async () => (await stores.close(), rmSync(dir, { recursive: true, force: true })) }
}
