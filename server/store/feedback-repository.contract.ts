import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditEntry, FeedbackRepository, StoredCase, StoredEvaluation } from './feedback-repository.ts'
import { UnstorableTextError } from './storable-text.ts'

/** How a test file opens a fresh, empty feedback repository of one kind, and cleans up after it. */
export type OpenFreshFeedback = () => Promise<{ repo: FeedbackRepository; cleanup: () => Promise<void> }>

const t0 = new Date('2026-09-30T02:00:00.000Z')
let n = 0
const number = (prefix: string) => `${prefix}-2026-${String(++n).padStart(8, '2').replace(/[01]/g, '3')}`

const anEvaluation = (overrides: Partial<StoredEvaluation> = {}): StoredEvaluation => ({
  id: randomUUID(), applicationNumber: null, matterId: 'food-business-licence', departmentId: 'market-regulation', sceneId: 'open-restaurant',
  grades: { overall: 2, efficiency: 1, guideAccuracy: 3 }, commentSealed: 'v1.sealed-comment', createdAt: t0, ...overrides,
})

const aCase = (overrides: Partial<StoredCase> = {}): StoredCase => ({
  number: number('TS'), kind: 'complaint', passwordHash: 'hash', matterId: 'food-business-licence', evaluationId: null, textSealed: 'v1.sealed-text',
  status: 'open', openedAt: t0, dueDate: '2026-10-20', answer: null, answeredAt: null, answeredBy: null, answerGrade: null, faqQuestion: null, faqPublished: false,
  ...overrides,
})

const entry = (action: string, subject: string): AuditEntry => ({ at: t0, actor: 'citizen', action, subject, before: null, after: { status: 'open' } })
/** An audit entry the database refuses (its action is NOT NULL), to make the audit write fail for real. */
const refused = (subject: string): AuditEntry => ({ ...entry('refused', subject), action: null as unknown as string })

/** The behaviour both feedback adapters must have; run by feedback-sqlite.test.ts and feedback-postgres.test.ts. */
export function feedbackRepositoryContract(kind: string, openFresh: OpenFreshFeedback): void {
  describe(`the ${kind} feedback repository`, () => {
    let repo: FeedbackRepository
    let cleanup: () => Promise<void>
    beforeAll(async () => ({ repo, cleanup } = await openFresh()))
    afterAll(async () => cleanup?.())

    it('stores a bad review with its follow-up and audit entry, and gives both back exactly', async () => {
      const evaluation = anEvaluation()
      const followUp = aCase({ number: number('HF'), kind: 'follow-up', evaluationId: evaluation.id, matterId: evaluation.matterId, textSealed: null, dueDate: '2026-10-27' })
      expect(await repo.insertEvaluation(evaluation, followUp, [entry('evaluation.created', `evaluation:${evaluation.id}`)])).toBe('ok')
      expect(await repo.findEvaluation(evaluation.id)).toEqual(evaluation)
      expect(await repo.findCase(followUp.number)).toEqual(followUp)
      expect(await repo.findCase('TS-2026-NOSUCHXX')).toBeNull()
    })

    it('keeps one evaluation per application and matter (一事一评), but any number of anonymous result ratings', async () => {
      const first = anEvaluation({ applicationNumber: 'JC-2026-000001-7', grades: { overall: 5 } })
      expect(await repo.insertEvaluation(first, null, [])).toBe('ok')
      expect(await repo.insertEvaluation(anEvaluation({ applicationNumber: 'JC-2026-000001-7', grades: { overall: 1 } }), null, [])).toBe('duplicate')
      expect(await repo.insertEvaluation(anEvaluation(), null, [])).toBe('ok')
      expect(await repo.insertEvaluation(anEvaluation(), null, [])).toBe('ok')
    })

    it('answers an open case once, with the audit entry, and refuses a second answer over it', async () => {
      const kase = aCase()
      expect(await repo.insertCase(kase, entry('case.opened', `case:${kase.number}`))).toBe('ok')
      expect(await repo.insertCase(kase, entry('case.opened', `case:${kase.number}`))).toBe('duplicate_number')
      const answeredAt = new Date(t0.getTime() + 86_400_000)
      const after = await repo.updateCase(kase.number, 'open', { status: 'answered', answer: '已责成窗口整改。', answeredAt, answeredBy: 'staff:李' }, entry('case.answered', `case:${kase.number}`))
      expect(after).toMatchObject({ status: 'answered', answer: '已责成窗口整改。', answeredAt, answeredBy: 'staff:李' })
      expect(await repo.updateCase(kase.number, 'open', { answer: 'again' }, entry('case.answered', `case:${kase.number}`))).toBeNull()
    })

    it('stores neither a bad review nor its follow-up when their audit write fails', async () => {
      const evaluation = anEvaluation()
      const followUp = aCase({ number: number('HF'), kind: 'follow-up', evaluationId: evaluation.id, textSealed: null })
      await expect(repo.insertEvaluation(evaluation, followUp, [entry('evaluation.created', `evaluation:${evaluation.id}`), refused(`case:${followUp.number}`)])).rejects.toThrow()
      expect(await repo.findEvaluation(evaluation.id)).toBeNull()
      expect(await repo.findCase(followUp.number)).toBeNull()
    })

    it('leaves a ticket as it was, and unfiled, when the audit write of its change fails', async () => {
      const unfiled = aCase()
      await expect(repo.insertCase(unfiled, refused(`case:${unfiled.number}`))).rejects.toThrow()
      expect(await repo.findCase(unfiled.number)).toBeNull()
      const kase = aCase()
      await repo.insertCase(kase, entry('case.opened', `case:${kase.number}`))
      const entriesBefore = (await repo.auditLog(0, 100_000)).length
      await expect(repo.updateCase(kase.number, 'open', { status: 'answered', answer: '已处理。', answeredAt: t0, answeredBy: 'staff:李' }, refused(`case:${kase.number}`))).rejects.toThrow()
      expect(await repo.findCase(kase.number)).toEqual(kase)
      expect(await repo.auditLog(0, 100_000)).toHaveLength(entriesBefore)
    })

    it('lists open cases by due date and filters by kind', async () => {
      const late = aCase({ kind: 'consultation', number: number('ZX'), dueDate: '2026-10-09' })
      await repo.insertCase(late, entry('case.opened', `case:${late.number}`))
      const open = await repo.listCases({ status: 'open' })
      expect(open.map((c) => c.dueDate)).toEqual([...open.map((c) => c.dueDate)].sort())
      expect((await repo.listCases({ kind: 'consultation' })).map((c) => c.number)).toEqual([late.number])
    })

    it('shows only published consultation answers as a matter\'s FAQ', async () => {
      const kase = aCase({ kind: 'consultation', number: number('ZX'), matterId: 'company-seal-engraving' })
      await repo.insertCase(kase, entry('case.opened', `case:${kase.number}`))
      expect(await repo.publishedFaq('company-seal-engraving')).toEqual([])
      await repo.updateCase(kase.number, null, { status: 'answered', answer: '可以网上办理。', answeredAt: t0, faqQuestion: '刻章能网上办吗？', faqPublished: true }, entry('faq.published', kase.number))
      expect((await repo.publishedFaq('company-seal-engraving')).map((c) => [c.faqQuestion, c.answer])).toEqual([['刻章能网上办吗？', '可以网上办理。']])
    })

    it('keeps journey events and staff tokens as given', async () => {
      await repo.recordJourneyEvent({ day: '2026-09-30', kind: 'finished', scene: 'open-restaurant', step: 'result', outcome: 'result' })
      await repo.recordJourneyEvent({ day: '2026-09-30', kind: 'started', scene: 'open-restaurant', step: 'welcome' })
      expect(await repo.journeyEvents()).toEqual([
        { day: '2026-09-30', kind: 'finished', scene: 'open-restaurant', step: 'result', outcome: 'result' },
        { day: '2026-09-30', kind: 'started', scene: 'open-restaurant', step: 'welcome' },
      ])
      const token = { id: randomUUID(), name: '窗口 5 李', tokenHash: `h-${randomUUID()}`, createdAt: t0, expiresAt: new Date(t0.getTime() + 1000), revokedAt: null }
      await repo.insertStaffToken(token, entry('staff-token.created', `staff-token:${token.id}`))
      expect(await repo.findStaffToken(token.id)).toEqual(token)
      expect(await repo.findStaffToken('nope')).toBeNull()
    })

    it('revokes a staff token once, with its audit entry, and lists only live tokens', async () => {
      const token = (name: string, expiresAt: Date) => ({ id: randomUUID(), name, tokenHash: `h-${randomUUID()}`, createdAt: t0, expiresAt, revokedAt: null })
      const kept = token('窗口 7 陈', new Date('2027-01-01T00:00:00Z'))
      const revoked = token('窗口 8 赵', new Date('2027-01-01T00:00:00Z'))
      const expired = token('窗口 9 孙', new Date('2026-10-01T00:00:00Z'))
      for (const t of [kept, revoked, expired]) await repo.insertStaffToken(t, entry('staff-token.created', `staff-token:${t.id}`))
      const at = new Date('2026-10-02T00:00:00.000Z')
      expect(await repo.revokeStaffToken(revoked.id, at, entry('staff-token.revoked', `staff-token:${revoked.id}`))).toBe(true)
      expect(await repo.revokeStaffToken(revoked.id, new Date('2026-10-03T00:00:00Z'), entry('staff-token.revoked', `staff-token:${revoked.id}`))).toBe(false)
      expect(await repo.revokeStaffToken('no-such-token', at, entry('staff-token.revoked', 'staff-token:no-such-token'))).toBe(false)
      expect((await repo.findStaffToken(revoked.id))?.revokedAt).toEqual(at)
      const live = (await repo.liveStaffTokens(at)).map((t) => t.name)
      expect(live).toContain('窗口 7 陈')
      expect(live).not.toContain('窗口 8 赵')
      expect(live).not.toContain('窗口 9 孙')
      const audit = await repo.auditLog(0, 10_000)
      expect(audit.filter((e) => e.subject === `staff-token:${revoked.id}`).map((e) => e.action)).toEqual(['staff-token.created', 'staff-token.revoked'])
    })

    it('creates no staff token when its audit write fails', async () => {
      const token = { id: randomUUID(), name: '窗口 6 王', tokenHash: `h-${randomUUID()}`, createdAt: t0, expiresAt: new Date(t0.getTime() + 1000), revokedAt: null }
      await expect(repo.insertStaffToken(token, refused(`staff-token:${token.id}`))).rejects.toThrow()
      expect(await repo.findStaffToken(token.id)).toBeNull()
    })

    it('reads the audit log in order, page by page, with before and after intact', async () => {
      await repo.appendAudit({ at: t0, actor: 'staff:李', action: 'application.status', subject: 'application:JC-1', before: { status: 'submitted' }, after: { status: 'pre-review', note: '核对中' } })
      const all = await repo.auditLog(0, 1000)
      expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((a, b) => a - b))
      expect(all.at(-1)).toMatchObject({ actor: 'staff:李', before: { status: 'submitted' }, after: { status: 'pre-review', note: '核对中' } })
      expect(await repo.auditLog(all.at(-2)!.seq, 10)).toEqual([all.at(-1)])
    })

    it('lists applications by status without their form data', async () => {
      expect(await repo.listApplications([])).toEqual([])
      expect(await repo.listApplications(['submitted'])).toEqual([])
    })

    it('refuses a NUL or a lone surrogate in a staff answer or a case, and changes nothing', async () => {
      const kase = aCase()
      await repo.insertCase(kase, entry('case.opened', `case:${kase.number}`))
      await expect(repo.updateCase(kase.number, 'open', { status: 'answered', answer: '已\u0000处理', answeredAt: t0, answeredBy: 'staff:李' }, entry('case.answered', `case:${kase.number}`))).rejects.toThrow(UnstorableTextError)
      await expect(repo.updateCase(kase.number, 'open', { status: 'answered', answer: '已处理', answeredAt: t0, answeredBy: 'staff:\ud800' }, entry('case.answered', `case:${kase.number}`))).rejects.toThrow(UnstorableTextError)
      expect(await repo.findCase(kase.number)).toEqual(kase)
      const broken = aCase({ faqQuestion: '问\u0000题' })
      await expect(repo.insertCase(broken, entry('case.opened', `case:${broken.number}`))).rejects.toThrow(UnstorableTextError)
      expect(await repo.findCase(broken.number)).toBeNull()
    })

    it('finds nothing by a case number or token id holding a NUL or a lone surrogate, the same on every store', async () => {
      expect(await repo.findCase('TS-2026-\u0000')).toBeNull()
      expect(await repo.findCase('\ud800')).toBeNull()
      expect(await repo.findStaffToken('\u0000')).toBeNull()
      expect(await repo.publishedFaq('\udc00')).toEqual([])
      expect(await repo.revokeStaffToken('\u0000', t0, entry('staff-token.revoked', 'staff-token:x'))).toBe(false)
    })
  })
}
