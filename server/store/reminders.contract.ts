import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { validFoodLicenceData } from '../../core/forms/test-form.ts'
import type { remindersTestApp } from '../notifications/reminders-test-app.ts'

type App = Awaited<ReturnType<typeof remindersTestApp>>
/** Opens the booking and draft routes on a fresh store of one kind; `rawText` is everything its tables hold, as text. */
export type OpenReminders = () => Promise<{ app: App; rawText: () => Promise<string> }>

const DAY = 86_400_000
const created = new Date('2026-09-29T10:00:00+08:00')
const just = (at: Date, ms: number) => new Date(at.getTime() + ms)

/**
 * The reminders of §6.3 on each store, through the routes: e-mail addresses sealed at rest, a draft's
 * expiry warning queued 7 days (7 × 24 hours, whatever the working days) before it expires, moved by
 * saves and cancelled by removing the address or submitting. Run by reminders-sqlite.test.ts and
 * reminders-postgres.test.ts.
 */
export function remindersContract(kind: string, open: OpenReminders): void {
  describe(`${kind}: booking and draft reminders (§6.3)`, () => {
    let t: App
    let rawText: () => Promise<string>
    beforeEach(async () => ({ app: t, rawText } = await open()))
    afterEach(async () => t.close())

    /** A food licence draft, created at `created`, with the warning going to wang@example.cn. */
    async function draftWithEmail(): Promise<{ token: string; expiresAt: Date }> {
      const { body } = await t.draft('POST', '/api/drafts', { formId: 'food-business-licence', data: validFoodLicenceData() })
      const left = await t.draft('PUT', '/api/drafts/reminder', { token: body.token, email: ' wang@example.cn ' })
      expect(left).toEqual({ status: 200, body: { email: 'w***@example.cn', warnAt: new Date(Date.parse(body.expiresAt) - 7 * DAY).toISOString() } })
      return { token: body.token, expiresAt: new Date(body.expiresAt) }
    }

    it('keeps the e-mail addresses of bookings and drafts, and the warning that names the draft\'s link, sealed at rest', async () => {
      const booked = await t.send('POST', '/api/bookings', { zone: 'business-startup', date: '2026-10-08', slot: '09:30', name: '张小明', mobile: '13812345678', idLast4: '123X', email: 'zhang.booking@example.cn' })
      expect(booked.body.email).toBe('z***@example.cn')
      const { token } = await draftWithEmail()
      const raw = await rawText()
      expect(raw).toContain('business-startup')
      for (const secret of ['zhang.booking@example.cn', 'wang@example.cn', token]) expect(raw, secret).not.toContain(secret)
      expect((await t.draft('GET', `/api/drafts/${token}`)).body.reminderEmail).toBe('w***@example.cn')
    })

    it('queues the draft\'s warning exactly 7 days before it expires, by e-mail, and sends nothing earlier', async () => {
      const { expiresAt } = await draftWithEmail()
      expect(expiresAt).toEqual(just(created, 30 * DAY))
      const warnAt = just(expiresAt, -7 * DAY)
      expect(await t.due(just(warnAt, -1))).toEqual([])
      expect(await t.due(warnAt)).toEqual([expect.objectContaining({ kind: 'draft-expiry', channel: 'email', to: 'wang@example.cn' })])
    })

    it('moves the waiting warning with each save, keeping one per draft', async () => {
      const { token } = await draftWithEmail()
      t.state.now = just(created, 2 * DAY)
      const saved = await t.draft('PUT', `/api/drafts/${token}`, { data: validFoodLicenceData(), position: null, revision: 1 })
      expect(saved.body.expiresAt).toBe(just(created, 32 * DAY).toISOString())
      expect(await t.due(just(created, 25 * DAY - 1))).toEqual([])
      expect((await t.due(just(created, 25 * DAY))).map((m) => m.kind)).toEqual(['draft-expiry'])
    })

    it('cancels the waiting warning when the address is removed, and queues it again when one is left', async () => {
      const { token } = await draftWithEmail()
      expect(await t.draft('PUT', '/api/drafts/reminder', { token, email: null })).toEqual({ status: 200, body: { email: null, warnAt: null } })
      expect((await t.draft('GET', `/api/drafts/${token}`)).body.reminderEmail).toBeNull()
      expect(await t.due(just(created, 40 * DAY))).toEqual([])
      await t.draft('PUT', '/api/drafts/reminder', { token, email: 'li@example.cn' })
      expect((await t.due(just(created, 23 * DAY))).map((m) => m.to)).toEqual(['li@example.cn'])
    })

    it('cancels the waiting warning when the draft is submitted, or deleted', async () => {
      const submitted = await draftWithEmail()
      expect((await t.draft('POST', `/api/drafts/${submitted.token}/submit`, {})).status).toBe(201)
      const deleted = await draftWithEmail()
      expect((await t.draft('DELETE', `/api/drafts/${deleted.token}`)).status).toBe(204)
      expect(await t.due(just(created, 40 * DAY))).toEqual([])
    })

    it('refuses an address that cannot be one, with the field named, and stores nothing', async () => {
      const { body } = await t.draft('POST', '/api/drafts', { formId: 'food-business-licence', data: {} })
      const refused = await t.draft('PUT', '/api/drafts/reminder', { token: body.token, email: 'wang@' })
      expect(refused.status).toBe(422)
      expect(refused.body.error.details).toEqual([{ pointer: '/email', message: 'give an e-mail address such as wang@example.cn' }])
      expect((await t.draft('GET', `/api/drafts/${body.token}`)).body.reminderEmail).toBeNull()
    })
  })
}
