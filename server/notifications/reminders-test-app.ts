import { Hono } from 'hono'
import { foodLicenceForm } from '../../core/forms/test-form.ts'
import { onError } from '../http/on-error.ts'
import { memoryRateLimits } from '../http/rate-limit.ts'
import { liveTestApp } from '../live/live-test-app.ts'
import { draftRoutes } from '../routes/drafts.ts'

export const testOrigin = 'https://lobby.example.gov.cn'

/**
 * The booking routes (liveTestApp) and the draft routes with e-mailed expiry warnings, on one store and
 * one clock (starting Tuesday 29 September 2026, 10:00 in Beijing), drafts of the food licence form
 * living 30 days. `due(at)` claims and opens what the outbox would send at that moment. Tests only.
 */
export async function remindersTestApp(options: Parameters<typeof liveTestApp>[0] = {}) {
  const t = await liveTestApp(options)
  const { crypto, catalogue } = t.deps
  const drafts = new Hono()
  drafts.onError(onError)
  drafts.route('/api/drafts', draftRoutes({
    repo: t.stores.repo, catalogue: { forms: [foodLicenceForm()], matters: [] }, clock: () => t.state.now, crypto,
    settings: { draftTtlDays: 30, lookupRatePerMinute: 100, createRatePerMinute: 100, saveRatePerMinute: 1000, draftMaxBytes: 64 * 1024, publicOrigin: testOrigin },
    limits: { store: memoryRateLimits(), clientOf: () => t.state.client },
    reminders: { outbox: t.stores.outbox, strings: catalogue.strings, centre: catalogue.hall.name, log: () => undefined },
  }))
  const draft = async (method: string, url: string, body?: unknown) => {
    const res = await drafts.request(url, { method, headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
    return { status: res.status, body: (res.status === 204 ? null : await res.json()) as any }
  }
  /** The messages due at `at`, opened, as the delivery worker would claim them. */
  const due = async (at: Date) =>
    (await t.stores.outbox.claimDue(at, 100)).map((m) => ({ id: m.id, kind: m.kind, channel: m.channel, ...(JSON.parse(crypto.open(m.messageSealed)) as { to: string; subject: string; text: string }) }))
  return { ...t, draft, due }
}
