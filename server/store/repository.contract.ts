import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditEntry, StoredAuditEntry } from './audit-log.ts'
import type { Repository, StatusEntry, StoredApplication, StoredDraft, Submission } from './repository.ts'
import { UnstorableTextError } from './storable-text.ts'

/**
 * How a test file opens a fresh, empty repository of one kind, and cleans up after it. `auditLog`
 * reads the audit log of the same database (through the feedback repository, which owns reading it).
 */
export type OpenFresh = () => Promise<{ repo: Repository; auditLog: (afterSeq: number, limit: number) => Promise<StoredAuditEntry[]>; cleanup: () => Promise<void> }>

const t0 = new Date('2026-11-25T03:00:00.123Z')
const later = (ms: number) => new Date(t0.getTime() + ms)

export function aDraft(overrides: Partial<StoredDraft> = {}): StoredDraft {
  const id = randomUUID()
  return {
    id, tokenHash: `token-${id}`, tokenSealed: `sealed-token-${id}`, resumeCodeHash: `code-${id}`, resumeCodeSealed: `sealed-code-${id}`,
    formId: 'food-business-licence', formVersion: 2, data: { 'operator-name': '好味道餐饮店', seats: 40, activities: ['hot-food'] },
    position: 'operator', revision: 1, expiresAt: later(30 * 86_400_000), createdAt: t0, updatedAt: t0, emailSealed: null, ...overrides,
  }
}

export function anApplication(draft: StoredDraft, number: string): StoredApplication {
  return {
    id: randomUUID(), number, draftTokenHash: draft.tokenHash, formId: draft.formId, formVersion: draft.formVersion, matterId: 'food-business-licence',
    data: draft.data, idLookupHash: 'lookup-hash', status: 'submitted', submittedAt: later(1000), revision: 1,
  }
}

const submitted = { at: later(1000), actor: 'applicant', status: 'submitted' as const, note: null }

export function submissionOf(application: StoredApplication): Submission {
  const audit = { at: later(1000), actor: 'applicant', action: 'application.submitted', subject: `application:${application.number}`, before: null, after: { status: 'submitted' } }
  return { application, firstStatus: submitted, audit }
}

function transition(application: StoredApplication, entry: StatusEntry, from = application.status) {
  const audit: AuditEntry = { at: entry.at, actor: entry.actor, action: 'application.status-changed', subject: `application:${application.number}`, before: { status: from }, after: { status: entry.status, note: entry.note } }
  return { applicationId: application.id, from, entry, audit }
}

/** An audit entry the database refuses (its action is NOT NULL), to make the audit write fail for real. */
const refusedAudit = (audit: AuditEntry): AuditEntry => ({ ...audit, action: null as unknown as string })

/** The behaviour every Repository adapter must have; run by sqlite.test.ts and postgres.test.ts. */
export function repositoryContract(kind: string, openFresh: OpenFresh): void {
  describe(`the ${kind} repository`, () => {
    let repo: Repository
    let auditLog: (afterSeq: number, limit: number) => Promise<StoredAuditEntry[]>
    let cleanup: () => Promise<void>
    beforeAll(async () => ({ repo, auditLog, cleanup } = await openFresh()))
    afterAll(async () => cleanup?.())
    const auditOf = async (subject: string) => (await auditLog(0, 100_000)).filter((e) => e.subject === subject).map(({ seq: _seq, ...e }) => e)

    it('finds a stored draft by its token and by its resume code, exactly as stored', async () => {
      const draft = aDraft({ data: { name: '张小明', note: 'emoji 🍜 and "quotes"', officers: [{ name: '李红' }] } })
      expect(await repo.insertDraft(draft)).toBe('ok')
      expect(await repo.findDraftByTokenHash(draft.tokenHash)).toEqual(draft)
      expect(await repo.findDraftByResumeCodeHash(draft.resumeCodeHash)).toEqual(draft)
      expect(await repo.findDraftByTokenHash('no-such-token')).toBeNull()
    })

    it('says when a resume code is already taken, so another can be drawn', async () => {
      const first = aDraft()
      await repo.insertDraft(first)
      expect(await repo.insertDraft(aDraft({ resumeCodeHash: first.resumeCodeHash }))).toBe('duplicate_resume_code')
    })

    it('saves over the expected revision and moves the revision on', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const save = { tokenHash: draft.tokenHash, formVersion: 2, data: { seats: 41 }, position: 'premises', updatedAt: later(5000), expiresAt: later(9e9) }
      expect(await repo.saveDraft({ ...save, expectedRevision: 1 })).toEqual({ status: 'saved', revision: 2 })
      const stored = await repo.findDraftByTokenHash(draft.tokenHash)
      expect(stored).toMatchObject({ revision: 2, data: { seats: 41 }, position: 'premises', updatedAt: later(5000), expiresAt: later(9e9) })
    })

    it('refuses a stale save and returns what is stored, unchanged', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const save = { tokenHash: draft.tokenHash, formVersion: 2, position: null, updatedAt: later(5000), expiresAt: later(9e9) }
      await repo.saveDraft({ ...save, data: { seats: 1 }, expectedRevision: 1 })
      const result = await repo.saveDraft({ ...save, data: { seats: 99 }, expectedRevision: 1 })
      expect(result).toMatchObject({ status: 'conflict', current: { revision: 2, data: { seats: 1 } } })
      expect((await repo.findDraftByTokenHash(draft.tokenHash))?.data).toEqual({ seats: 1 })
    })

    it('lets exactly one of two simultaneous saves of the same revision through', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const save = (seats: number) =>
        repo.saveDraft({ tokenHash: draft.tokenHash, expectedRevision: 1, formVersion: 2, data: { seats }, position: null, updatedAt: t0, expiresAt: t0 })
      const results = await Promise.all([save(1), save(2)])
      expect(results.map((r) => r.status).sort()).toEqual(['conflict', 'saved'])
    })

    it('reports a save to a draft that does not exist as missing', async () => {
      const result = await repo.saveDraft({ tokenHash: 'gone', expectedRevision: 1, formVersion: 1, data: {}, position: null, updatedAt: t0, expiresAt: t0 })
      expect(result).toEqual({ status: 'missing' })
    })

    it('deletes a draft once', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      expect(await repo.deleteDraft(draft.tokenHash)).toBe(true)
      expect(await repo.deleteDraft(draft.tokenHash)).toBe(false)
      expect(await repo.findDraftByTokenHash(draft.tokenHash)).toBeNull()
    })

    it('sets and removes a draft\'s sealed e-mail address without touching its revision, and keeps it through saves', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      expect((await repo.findDraftByTokenHash(draft.tokenHash))?.emailSealed).toBeNull()
      expect(await repo.setDraftEmail(draft.tokenHash, 'v1.sealed-email')).toBe(true)
      await repo.saveDraft({ tokenHash: draft.tokenHash, expectedRevision: 1, formVersion: 2, data: {}, position: null, updatedAt: later(1000), expiresAt: later(2000) })
      expect(await repo.findDraftByTokenHash(draft.tokenHash)).toMatchObject({ emailSealed: 'v1.sealed-email', revision: 2 })
      expect(await repo.setDraftEmail(draft.tokenHash, null)).toBe(true)
      expect((await repo.findDraftByTokenHash(draft.tokenHash))?.emailSealed).toBeNull()
      expect(await repo.setDraftEmail('no-such-draft', 'v1.sealed-email')).toBe(false)
    })

    it('purges drafts expired at or before the given time, and only those', async () => {
      const expired = aDraft({ expiresAt: new Date('2020-01-01T00:00:00Z') })
      const atTheLimit = aDraft({ expiresAt: new Date('2020-01-02T00:00:00Z') })
      const alive = aDraft({ expiresAt: new Date('2020-01-02T00:00:00.001Z') })
      for (const d of [expired, atTheLimit, alive]) await repo.insertDraft(d)
      expect(await repo.deleteExpiredDrafts(new Date('2020-01-02T00:00:00Z'))).toBe(2)
      expect(await repo.findDraftByTokenHash(alive.tokenHash)).not.toBeNull()
      expect(await repo.findDraftByTokenHash(expired.tokenHash)).toBeNull()
    })

    it('numbers applications from 1 in each year, never repeating under concurrency', async () => {
      expect(await repo.nextApplicationSequence(2031)).toBe(1)
      const many = await Promise.all(Array.from({ length: 20 }, () => repo.nextApplicationSequence(2031)))
      expect(new Set(many).size).toBe(20)
      expect(Math.max(...many)).toBe(21)
      expect(await repo.nextApplicationSequence(2032)).toBe(1)
    })

    it('turns a draft into an application with its first status, deleting the draft', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const application = anApplication(draft, 'JC-2026-000001-X')
      expect(await repo.submitDraft(submissionOf(application))).toEqual({ application, created: true })
      expect(await repo.findDraftByTokenHash(draft.tokenHash)).toBeNull()
      expect(await repo.findApplicationByNumber('JC-2026-000001-X')).toEqual(application)
      expect(await repo.findApplicationByDraftToken(draft.tokenHash)).toEqual(application)
      expect(await repo.statusHistory(application.id)).toEqual([submitted])
    })

    it('answers a second submit of the same draft with the first application', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const first = anApplication(draft, 'JC-2026-000002-8')
      await repo.submitDraft(submissionOf(first))
      const again = await repo.submitDraft(submissionOf(anApplication(draft, 'JC-2026-000003-6')))
      expect(again).toEqual({ application: first, created: false })
      expect(await repo.findApplicationByNumber('JC-2026-000003-6')).toBeNull()
    })

    it('creates one application when the same draft is submitted twice at once', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const results = await Promise.all(
        ['JC-2026-000004-4', 'JC-2026-000005-2'].map((n) => repo.submitDraft(submissionOf(anApplication(draft, n)))),
      )
      expect(results.filter((r) => r?.created).length).toBe(1)
      expect(results[0]?.application.number).toBe(results[1]?.application.number)
    })

    it('does not submit a draft that does not exist', async () => {
      expect(await repo.submitDraft(submissionOf(anApplication(aDraft(), 'JC-2026-000006-0')))).toBeNull()
      expect(await repo.findApplicationByNumber('JC-2026-000006-0')).toBeNull()
    })

    it('keeps the status history in order and the current status up to date', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const application = anApplication(draft, 'JC-2026-000007-9')
      await repo.submitDraft(submissionOf(application))
      const review = { at: later(2000), actor: '市场监管局 窗口 12', status: 'pre-review' as const, note: null }
      const request = { at: later(3000), actor: '市场监管局 窗口 12', status: 'materials-requested' as const, note: '请补交：从业人员健康证明' }
      expect(await repo.changeStatus(transition(application, review))).toBe(true)
      expect(await repo.changeStatus(transition(application, request, 'pre-review'))).toBe(true)
      expect(await repo.statusHistory(application.id)).toEqual([submitted, review, request])
      expect((await repo.findApplicationByNumber('JC-2026-000007-9'))?.status).toBe('materials-requested')
    })

    it('records the citizen\'s submission in the audit log in the same transaction', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const application = anApplication(draft, 'JC-2026-000008-7')
      await repo.submitDraft(submissionOf(application))
      expect(await auditOf('application:JC-2026-000008-7')).toEqual([
        { at: later(1000), actor: 'applicant', action: 'application.submitted', subject: 'application:JC-2026-000008-7', before: null, after: { status: 'submitted' } },
      ])
    })

    it('writes no second audit entry when the same draft is submitted again, one after the other or at once', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const numbers = ['JC-2026-000009-5', 'JC-2026-000010-9', 'JC-2026-000011-7']
      await Promise.all(numbers.slice(0, 2).map((n) => repo.submitDraft(submissionOf(anApplication(draft, n)))))
      await repo.submitDraft(submissionOf(anApplication(draft, numbers[2]!)))
      const entries = (await Promise.all(numbers.map((n) => auditOf(`application:${n}`)))).flat()
      expect(entries.map((e) => e.action)).toEqual(['application.submitted'])
    })

    it('leaves the draft and no application when the audit write of a submission fails', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const application = anApplication(draft, 'JC-2026-000012-5')
      const submission = submissionOf(application)
      await expect(repo.submitDraft({ ...submission, audit: refusedAudit(submission.audit) })).rejects.toThrow()
      expect(await repo.findDraftByTokenHash(draft.tokenHash)).toEqual(draft)
      expect(await repo.findApplicationByNumber('JC-2026-000012-5')).toBeNull()
      expect(await repo.statusHistory(application.id)).toEqual([])
      expect(await auditOf('application:JC-2026-000012-5')).toEqual([])
    })

    it('records a staff status change in the history, the current status and the audit log together', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const application = anApplication(draft, 'JC-2026-000013-3')
      await repo.submitDraft(submissionOf(application))
      const review = { at: later(2000), actor: 'staff:窗口 12', status: 'pre-review' as const, note: '核对中' }
      const change = transition(application, review)
      expect(await repo.changeStatus(change)).toBe(true)
      expect(await repo.statusHistory(application.id)).toEqual([submitted, review])
      expect((await auditOf('application:JC-2026-000013-3')).map((e) => e.action)).toEqual(['application.submitted', 'application.status-changed'])
      expect((await auditOf('application:JC-2026-000013-3')).at(-1)).toEqual(change.audit)
    })

    it('leaves neither status nor audit entry when the audit write fails', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const application = anApplication(draft, 'JC-2026-000014-1')
      await repo.submitDraft(submissionOf(application))
      const change = transition(application, { at: later(2000), actor: 'staff:窗口 12', status: 'pre-review', note: null })
      await expect(repo.changeStatus({ ...change, audit: refusedAudit(change.audit) })).rejects.toThrow()
      expect(await repo.statusHistory(application.id)).toEqual([submitted])
      expect((await repo.findApplicationByNumber('JC-2026-000014-1'))?.status).toBe('submitted')
      expect((await auditOf('application:JC-2026-000014-1')).map((e) => e.action)).toEqual(['application.submitted'])
    })

    it('changes nothing when the application moved on since staff read it, so two desks cannot both move it', async () => {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const application = anApplication(draft, 'JC-2026-000015-X')
      await repo.submitDraft(submissionOf(application))
      const byDesk = (actor: string) => transition(application, { at: later(2000), actor, status: 'pre-review', note: null })
      const results = await Promise.all([repo.changeStatus(byDesk('staff:窗口 12')), repo.changeStatus(byDesk('staff:窗口 13'))])
      expect(results.sort()).toEqual([false, true])
      expect((await repo.statusHistory(application.id)).map((e) => e.status)).toEqual(['submitted', 'pre-review'])
      expect((await auditOf('application:JC-2026-000015-X')).map((e) => e.action)).toEqual(['application.submitted', 'application.status-changed'])
    })

    it('refuses a NUL or a lone surrogate in what it is asked to write, naming where, and writes nothing', async () => {
      const withNul = aDraft({ data: { 'operator-name': '好味\u0000道' } })
      await expect(repo.insertDraft(withNul)).rejects.toThrow(UnstorableTextError)
      await expect(repo.insertDraft(withNul)).rejects.toMatchObject({ problem: { pointer: '/data/operator-name', reason: 'contains a NUL character (U+0000); remove it' } })
      expect(await repo.findDraftByTokenHash(withNul.tokenHash)).toBeNull()
      const draft = aDraft()
      await repo.insertDraft(draft)
      const save = { tokenHash: draft.tokenHash, expectedRevision: 1, formVersion: 2, data: { address: '市民大道\ud800' }, position: null, updatedAt: later(1), expiresAt: later(2) }
      await expect(repo.saveDraft(save)).rejects.toThrow(UnstorableTextError)
      expect(await repo.findDraftByTokenHash(draft.tokenHash)).toEqual(draft)
      const application = anApplication(draft, 'JC-2026-000016-8')
      await repo.submitDraft(submissionOf(application))
      await expect(repo.changeStatus(transition(application, { at: later(5000), actor: 'staff:李\u0000', status: 'pre-review', note: '核对\udc00中' }))).rejects.toThrow(UnstorableTextError)
      expect((await repo.statusHistory(application.id)).map((e) => e.status)).toEqual(['submitted'])
    })

    it('finds nothing by a key holding a NUL or a lone surrogate, the same on every store', async () => {
      expect(await repo.findDraftByTokenHash('token-\u0000')).toBeNull()
      expect(await repo.findDraftByResumeCodeHash('\ud800')).toBeNull()
      expect(await repo.findApplicationByNumber('JC-2026-\u0000')).toBeNull()
      expect(await repo.findApplicationByDraftToken('\udfff')).toBeNull()
      expect(await repo.deleteDraft('\u0000')).toBe(false)
      expect(await repo.statusHistory('\u0000')).toEqual([])
    })
  })
}
