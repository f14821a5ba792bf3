import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditEntry } from './audit-log.ts'
import type { LicenceIssue, LicenceStore, StoredLicence } from './licence-store.ts'
import { aDraft, anApplication, submissionOf } from './repository.contract.ts'
import type { StatusTransition, StoredApplication } from './repository.ts'
import type { Stores } from './stores.ts'

/** A fresh set of stores on one database (the licences join the drafts' applications and owners). */
export type OpenFreshStores = () => Promise<{ stores: Stores; cleanup: () => Promise<void> }>

const t0 = new Date('2026-12-06T03:00:00.000Z')
const later = (ms: number) => new Date(t0.getTime() + ms)
const auditOf = (action: string, id: string, after: unknown): AuditEntry => ({ at: t0, actor: 'staff:窗口 7 陈静', action, subject: `licence:${id}`, before: null, after })

/** The behaviour both licence stores must have; run by licence-sqlite.test.ts and licence-postgres.test.ts. */
export function licenceStoreContract(kind: string, openFresh: OpenFreshStores): void {
  describe(`the ${kind} licence store`, () => {
    let stores: Stores
    let licences: LicenceStore
    let cleanup: () => Promise<void>
    beforeAll(async () => {
      ;({ stores, cleanup } = await openFresh())
      licences = stores.licences
    })
    afterAll(async () => cleanup?.())

    /** A submitted application, its draft adopted by `citizen` when given. */
    const application = async (citizen?: string) => {
      const draft = aDraft()
      await stores.repo.insertDraft(draft)
      if (citizen) await stores.identity.adoptDrafts(citizen, [draft.tokenHash], t0)
      const app = anApplication(draft, `JC-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`)
      await stores.repo.submitDraft(submissionOf(app))
      return app
    }
    const aLicence = (applicationId: string, overrides: Partial<StoredLicence> = {}): StoredLicence => ({
      id: randomUUID(), licenceType: 'food-business-licence', matterId: 'food-business-licence', applicationId, jwsSealed: 'v1.sealed-jws',
      issuedAt: t0, validUntil: new Date('2031-12-05T16:00:00.000Z'), revokedAt: null, revokedReason: null, revokedBy: null, ...overrides,
    })
    const auditCount = async () => (await stores.feedback.auditLog(0, 10_000)).length
    const issueOf = (licence: StoredLicence): LicenceIssue => ({ licence, audit: auditOf('licence.issued', licence.id, { type: licence.licenceType }) })
    const auditActions = async (subjects: string[]) => (await stores.feedback.auditLog(0, 10_000)).filter((e) => subjects.includes(e.subject)).map((e) => e.action)
    /** A submitted application that staff accepted (受理): the next move is 办结. */
    const accepted = async () => {
      const app = await application()
      await stores.repo.changeStatus(move(app, 'submitted', 'accepted'))
      return app
    }
    const move = (app: StoredApplication, from: StoredApplication['status'], status: StoredApplication['status'], at = later(1000)): StatusTransition => ({
      applicationId: app.id, from, entry: { at, actor: 'staff:窗口 7 陈静', status, note: null },
      audit: { at, actor: 'staff:窗口 7 陈静', action: 'application.status-changed', subject: `application:${app.number}`, before: { status: from }, after: { status } },
    })
    const finish = (app: StoredApplication, licence?: LicenceIssue): StatusTransition => ({ ...move(app, 'accepted', 'completed', later(2000)), ...(licence ? { licence } : {}) })

    it('writes the licence in the transaction that finishes (办结) the application, with both audit entries', async () => {
      const app = await accepted()
      const licence = aLicence(app.id, { issuedAt: later(2000) })
      expect(await stores.repo.changeStatus(finish(app, issueOf(licence)))).toBe(true)
      expect((await stores.repo.findApplicationByNumber(app.number))?.status).toBe('completed')
      expect(await licences.findByApplication(app.id)).toEqual(licence)
      expect(await auditActions([`application:${app.number}`, `licence:${licence.id}`])).toEqual(['application.submitted', 'application.status-changed', 'application.status-changed', 'licence.issued'])
    })

    it('leaves the application accepted with no licence when 办结 fails after the status change, and finishing again issues exactly one', async () => {
      const app = await accepted()
      const lost = aLicence(app.id)
      // The licence's audit entry is the last write of 办结: refusing it fails the transaction after the status, history and status audit were written.
      const failing = { ...issueOf(lost), audit: { ...issueOf(lost).audit, action: null as unknown as string } }
      await expect(stores.repo.changeStatus(finish(app, failing))).rejects.toThrow()
      expect((await stores.repo.findApplicationByNumber(app.number))?.status).toBe('accepted')
      expect((await stores.repo.statusHistory(app.id)).map((e) => e.status)).toEqual(['submitted', 'accepted'])
      expect(await licences.findByApplication(app.id)).toBeNull()
      expect(await licences.unissued([lost.matterId])).not.toContain(app.number)
      const licence = aLicence(app.id)
      expect(await stores.repo.changeStatus(finish(app, issueOf(licence)))).toBe(true)
      expect(await licences.findByApplication(app.id)).toEqual(licence)
      expect(await auditActions([`licence:${lost.id}`, `licence:${licence.id}`])).toEqual(['licence.issued'])
    })

    it('issues one licence when two desks finish the same application at once', async () => {
      const app = await accepted()
      const [a, b] = [aLicence(app.id), aLicence(app.id)]
      const results = await Promise.all([stores.repo.changeStatus(finish(app, issueOf(a))), stores.repo.changeStatus(finish(app, issueOf(b)))])
      expect(results.sort()).toEqual([false, true])
      const held = await licences.findByApplication(app.id)
      expect([a.id, b.id]).toContain(held?.id)
      expect(await auditActions([`licence:${a.id}`, `licence:${b.id}`])).toEqual(['licence.issued'])
    })

    it('names the finished applications of licence-issuing matters that hold no licence, until one is issued', async () => {
      const app = await accepted()
      // As the code before issuing joined 办结's transaction left it after a crash: finished, no licence.
      await stores.repo.changeStatus(finish(app))
      const licence = aLicence(app.id)
      expect(await licences.unissued([licence.matterId])).toContain(app.number)
      expect(await licences.unissued(['company-establishment'])).not.toContain(app.number)
      expect(await licences.unissued([])).toEqual([])
      expect(await licences.issue(issueOf(licence))).toEqual({ licence, created: true })
      expect(await licences.unissued([licence.matterId])).not.toContain(app.number)
      expect((await licences.issue(issueOf(aLicence(app.id)))).created).toBe(false)
    })

    it('keeps an issued licence as it was stored, with its audit entry, and finds it by id and by application', async () => {
      const app = await application()
      const licence = aLicence(app.id)
      const before = await auditCount()
      expect(await licences.issue({ licence, audit: auditOf('licence.issued', licence.id, { type: licence.licenceType }) })).toEqual({ licence, created: true })
      expect(await licences.find(licence.id)).toEqual(licence)
      expect(await licences.findByApplication(app.id)).toEqual(licence)
      const log = await stores.feedback.auditLog(0, 10_000)
      expect(log).toHaveLength(before + 1)
      expect(log.at(-1)).toMatchObject({ action: 'licence.issued', subject: `licence:${licence.id}` })
      expect(await licences.find(randomUUID())).toBeNull()
    })

    it('issues one licence per application: issuing again answers with the first and writes no audit entry', async () => {
      const app = await application()
      const first = aLicence(app.id, { validUntil: null })
      await licences.issue({ licence: first, audit: auditOf('licence.issued', first.id, {}) })
      const before = await auditCount()
      const again = await licences.issue({ licence: aLicence(app.id), audit: auditOf('licence.issued', 'x', {}) })
      expect(again).toEqual({ licence: first, created: false })
      expect(await auditCount()).toBe(before)
    })

    it('lists a citizen\'s licences by the applications they own, newest first, and no one else\'s', async () => {
      const citizen = `citizen-${randomUUID()}`
      const older = aLicence((await application(citizen)).id)
      const newer = aLicence((await application(citizen)).id, { issuedAt: later(60_000) })
      const someoneElses = aLicence((await application('another-citizen')).id)
      for (const l of [older, newer, someoneElses]) await licences.issue({ licence: l, audit: auditOf('licence.issued', l.id, {}) })
      expect((await licences.ofCitizen(citizen)).map((l) => l.id)).toEqual([newer.id, older.id])
      expect(await licences.ofCitizen('nobody')).toEqual([])
    })

    it('revokes a current licence once, with when, why and by whom in the row and the audit log', async () => {
      const licence = aLicence((await application()).id)
      await licences.issue({ licence, audit: auditOf('licence.issued', licence.id, {}) })
      const revocation = { at: later(3_600_000), reason: '经营场所已变更，原证注销', by: 'staff:窗口 7 陈静' }
      const revoked = await licences.revoke(licence.id, revocation, auditOf('licence.revoked', licence.id, { reason: revocation.reason }))
      expect(revoked).toEqual({ ...licence, revokedAt: revocation.at, revokedReason: revocation.reason, revokedBy: revocation.by })
      expect((await stores.feedback.auditLog(0, 10_000)).at(-1)).toMatchObject({ action: 'licence.revoked', after: { reason: revocation.reason } })
      const before = await auditCount()
      expect(await licences.revoke(licence.id, { ...revocation, reason: '再次' }, auditOf('licence.revoked', licence.id, {}))).toBeNull()
      expect(await licences.revoke(randomUUID(), revocation, auditOf('licence.revoked', 'x', {}))).toBeNull()
      expect(await auditCount()).toBe(before)
      expect((await licences.find(licence.id))?.revokedReason).toBe(revocation.reason)
    })
  })
}
