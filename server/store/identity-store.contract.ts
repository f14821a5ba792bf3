import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IdentityStore, StoredSession } from './identity-store.ts'
import { aDraft } from './repository.contract.ts'
import type { Repository } from './repository.ts'

/** A fresh identity store with the drafts repository of the same database. */
export type OpenFreshIdentity = () => Promise<{ identity: IdentityStore; repo: Repository; cleanup: () => Promise<void> }>

const t0 = new Date('2026-12-06T02:00:00.000Z')
const later = (ms: number) => new Date(t0.getTime() + ms)
const aSession = (overrides: Partial<StoredSession> = {}): StoredSession => ({
  idHash: `session-${randomUUID()}`, citizen: 'citizen-a', citizenSealed: 'v1.sealed-citizen', idTokenSealed: 'v1.sealed-id-token', createdAt: t0, expiresAt: later(8 * 3_600_000), ...overrides,
})

/** The behaviour both identity stores must have; run by identity-sqlite.test.ts and identity-postgres.test.ts. */
export function identityStoreContract(kind: string, openFresh: OpenFreshIdentity): void {
  describe(`the ${kind} identity store`, () => {
    let identity: IdentityStore
    let repo: Repository
    let cleanup: () => Promise<void>
    beforeAll(async () => ({ identity, repo, cleanup } = await openFresh()))
    afterAll(async () => cleanup?.())

    it('finds a session again by its id hash, renews it, and forgets it at logout', async () => {
      const session = aSession({ idTokenSealed: null })
      await identity.insertSession(session)
      expect(await identity.findSession(session.idHash)).toEqual(session)
      expect(await identity.renewSession(session.idHash, later(9 * 3_600_000))).toBe(true)
      expect((await identity.findSession(session.idHash))?.expiresAt).toEqual(later(9 * 3_600_000))
      expect(await identity.deleteSession(session.idHash)).toBe(true)
      expect(await identity.findSession(session.idHash)).toBeNull()
      expect(await identity.renewSession(session.idHash, later(1))).toBe(false)
    })

    it('purges only the sessions that have expired', async () => {
      const old = aSession({ expiresAt: later(-1) })
      const live = aSession()
      await identity.insertSession(old)
      await identity.insertSession(live)
      expect(await identity.deleteExpiredSessions(t0)).toBeGreaterThanOrEqual(1)
      expect(await identity.findSession(old.idHash)).toBeNull()
      expect(await identity.findSession(live.idHash)).not.toBeNull()
    })

    it('lists the drafts a citizen adopted, and keeps a draft with the citizen who adopted it first', async () => {
      const mine = aDraft({ updatedAt: later(2000) })
      const older = aDraft({ updatedAt: later(1000) })
      const theirs = aDraft()
      for (const d of [mine, older, theirs]) await repo.insertDraft(d)
      expect(await identity.adoptDrafts('citizen-b', [theirs.tokenHash], t0)).toEqual([theirs.tokenHash])
      expect(await identity.adoptDrafts('citizen-a', [mine.tokenHash, older.tokenHash, theirs.tokenHash], t0)).toEqual([mine.tokenHash, older.tokenHash])
      expect(await identity.adoptDrafts('citizen-a', [mine.tokenHash], t0)).toEqual([mine.tokenHash])
      expect((await identity.ownedDrafts('citizen-a')).map((d) => d.id)).toEqual([mine.id, older.id])
      expect((await identity.ownedDrafts('citizen-b')).map((d) => d.id)).toEqual([theirs.id])
      expect(await identity.ownedDrafts('nobody')).toEqual([])
    })

    it('keeps an adopted draft the citizen\'s once it is submitted as an application', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      await identity.adoptDrafts('citizen-c', [draft.tokenHash], t0)
      const application = {
        id: randomUUID(), number: `SL-2026-${Math.floor(Math.random() * 1e6)}`, draftTokenHash: draft.tokenHash, formId: draft.formId, formVersion: draft.formVersion,
        matterId: 'food-business-licence', data: draft.data, idLookupHash: null, status: 'submitted' as const, submittedAt: later(5000), revision: 1,
      }
      const audit = { at: later(5000), actor: 'applicant', action: 'application.submitted', subject: `application:${application.number}`, before: null, after: { status: 'submitted' } }
      await repo.submitDraft({ application, firstStatus: { at: later(5000), actor: 'applicant', status: 'submitted', note: null }, audit })
      expect(await identity.ownedDrafts('citizen-c')).toEqual([])
      expect(await identity.ownedApplications('citizen-c')).toEqual([application])
      expect(await identity.ownedApplications('citizen-a')).toEqual([])
    })
  })
}
