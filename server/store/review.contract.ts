import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CalendarFile } from '../../core/calendar/calendar-file.ts'
import { deadlineWithStops } from '../../core/calendar/stopped-deadline.ts'
import { buildCalendar, chinaDate } from '../../core/calendar/working-days.ts'
import type { CorrectionNotice } from '../../core/review/correction-notice.ts'
import { clockStops } from '../../core/review/clock-stops.ts'
import type { AuditEntry, StoredAuditEntry } from './audit-log.ts'
import type { Repository, StatusEntry, StoredApplication } from './repository.ts'
import { aDraft, anApplication, submissionOf, type OpenFresh } from './repository.contract.ts'

const cal = buildCalendar([2026, 2027].map((y) => CalendarFile.parse(JSON.parse(readFileSync(new URL(`../../content/calendar/${y}.json`, import.meta.url), 'utf8')))))
// Beijing 10:00 on a date.
const at = (date: string) => new Date(`${date}T02:00:00Z`)
const audit = (a: StoredApplication, action: string, when: Date, after: unknown): AuditEntry => ({ at: when, actor: 'staff:窗口 12', action, subject: `application:${a.number}`, before: null, after })

function noticeOn(when: Date, onRevision: number, round = 1): CorrectionNotice {
  return {
    round, onRevision, note: '请在 10 个工作日内补正', requestedAt: when, requestedBy: 'staff:窗口 12',
    items: [
      { kind: 'material', id: 'floor-plan', reason: '平面图未标注操作间、仓库面积' },
      { kind: 'field', id: 'floor-area', reason: '经营面积与租赁合同不一致' },
    ],
  }
}

/** Pre-review on a Repository: corrections asked once, resubmitted as revisions, the clock stopped meanwhile. Run by sqlite.test.ts and postgres.test.ts. */
export function reviewContract(kind: string, openFresh: OpenFresh): void {
  describe(`pre-review on the ${kind} repository`, () => {
    let repo: Repository
    let auditLog: (afterSeq: number, limit: number) => Promise<StoredAuditEntry[]>
    let cleanup: () => Promise<void>
    beforeAll(async () => ({ repo, auditLog, cleanup } = await openFresh()))
    afterAll(async () => cleanup?.())

    async function submitted(number: string, date = '2026-11-02'): Promise<StoredApplication> {
      const draft = aDraft()
      await repo.insertDraft(draft)
      const application = { ...anApplication(draft, number), submittedAt: at(date) }
      const submission = submissionOf(application)
      await repo.submitDraft({ ...submission, firstStatus: { ...submission.firstStatus, at: at(date) } })
      return application
    }
    function askCorrections(a: StoredApplication, date: string, from: StatusEntry['status'] = 'submitted', onRevision = 1, round = 1) {
      const when = at(date)
      const entry: StatusEntry = { at: when, actor: 'staff:窗口 12', status: 'materials-requested', note: '需补正（一次性告知，共 2 项）' }
      return repo.changeStatus({ applicationId: a.id, from, entry, notice: noticeOn(when, onRevision, round), audit: audit(a, 'application.corrections-requested', when, { round }) })
    }
    function resubmit(a: StoredApplication, date: string, expectedRevision = 1) {
      const when = at(date)
      return repo.resubmit({
        applicationId: a.id, expectedRevision,
        revision: { revision: expectedRevision + 1, data: { 'operator-name': '好味道餐饮店', 'floor-area': 86 }, materials: { 'floor-plan': '已按要求重新上传' }, submittedAt: when },
        entry: { at: when, actor: 'applicant', status: 'pre-review', note: '已补正' },
        audit: { at: when, actor: 'applicant', action: 'application.resubmitted', subject: `application:${a.number}`, before: { revision: expectedRevision }, after: { revision: expectedRevision + 1 } },
      })
    }

    it('keeps the first submission as revision 1', async () => {
      const a = await submitted('JC-2026-000101-X')
      expect(await repo.revisions(a.id)).toEqual([{ revision: 1, data: a.data, materials: {}, submittedAt: at('2026-11-02') }])
      expect((await repo.findApplicationByNumber(a.number))?.revision).toBe(1)
    })

    it('stores the notice with every item together with the move to 补正中 and its audit entry', async () => {
      const a = await submitted('JC-2026-000102-8')
      expect(await askCorrections(a, '2026-11-03')).toBe(true)
      expect(await repo.correctionNotices(a.id)).toEqual([noticeOn(at('2026-11-03'), 1)])
      expect((await repo.findApplicationByNumber(a.number))?.status).toBe('materials-requested')
      expect((await auditLog(0, 100_000)).filter((e) => e.subject === `application:${a.number}`).map((e) => e.action)).toEqual(['application.submitted', 'application.corrections-requested'])
    })

    it('takes the resubmission as revision 2, the current data, back in pre-review, and keeps revision 1 as it was', async () => {
      const a = await submitted('JC-2026-000103-6')
      await askCorrections(a, '2026-11-03')
      expect(await resubmit(a, '2026-11-05')).toBe(true)
      const stored = await repo.findApplicationByNumber(a.number)
      expect(stored).toMatchObject({ status: 'pre-review', revision: 2, data: { 'operator-name': '好味道餐饮店', 'floor-area': 86 } })
      const revisions = await repo.revisions(a.id)
      expect(revisions.map((r) => [r.revision, r.materials])).toEqual([[1, {}], [2, { 'floor-plan': '已按要求重新上传' }]])
      expect(revisions[0]!.data).toEqual(a.data)
      expect((await repo.statusHistory(a.id)).map((e) => e.status)).toEqual(['submitted', 'materials-requested', 'pre-review'])
    })

    it('refuses a resubmission that is not awaited or is over an older revision, writing nothing', async () => {
      const a = await submitted('JC-2026-000104-4')
      expect(await resubmit(a, '2026-11-03')).toBe(false)
      await askCorrections(a, '2026-11-03')
      expect(await resubmit(a, '2026-11-05', 2)).toBe(false)
      const twice = await Promise.all([resubmit(a, '2026-11-05'), resubmit(a, '2026-11-05')])
      expect(twice.sort()).toEqual([false, true])
      expect((await repo.revisions(a.id)).map((r) => r.revision)).toEqual([1, 2])
      expect((await repo.statusHistory(a.id)).map((e) => e.status)).toEqual(['submitted', 'materials-requested', 'pre-review'])
    })

    it('writes no notice when the audit write fails', async () => {
      const a = await submitted('JC-2026-000105-2')
      const when = at('2026-11-03')
      const entry: StatusEntry = { at: when, actor: 'staff:窗口 12', status: 'materials-requested', note: null }
      await expect(repo.changeStatus({ applicationId: a.id, from: 'submitted', entry, notice: noticeOn(when, 1), audit: { ...audit(a, 'x', when, null), action: null as unknown as string } })).rejects.toThrow()
      expect(await repo.correctionNotices(a.id)).toEqual([])
      expect((await repo.findApplicationByNumber(a.number))?.status).toBe('submitted')
    })

    it('stops the promised deadline while corrections are awaited and moves it by the working days they took', async () => {
      const a = await submitted('JC-2026-000106-0', '2026-09-28')
      const limit = { value: 5, unit: '工作日' } as const
      const deadline = async () => deadlineWithStops(cal, chinaDate(a.submittedAt), limit, clockStops(await repo.statusHistory(a.id)))
      expect(await deadline()).toEqual({ state: 'running', dueDate: '2026-10-10', stoppedWorkingDays: 0 })
      await askCorrections(a, '2026-09-29')
      expect(await deadline()).toEqual({ state: 'stopped', since: '2026-09-29', workingDaysLeft: 4, stoppedWorkingDays: 0 })
      await resubmit(a, '2026-10-09')
      expect(await deadline()).toEqual({ state: 'running', dueDate: '2026-10-14', stoppedWorkingDays: 3 })
      await askCorrections(a, '2026-10-12', 'pre-review', 2, 2)
      await resubmit(a, '2026-10-13', 2)
      expect(await deadline()).toEqual({ state: 'running', dueDate: '2026-10-15', stoppedWorkingDays: 4 })
      expect((await repo.correctionNotices(a.id)).map((n) => [n.round, n.onRevision])).toEqual([[1, 1], [2, 2]])
    })
  })
}
