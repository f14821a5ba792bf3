import type { Matter } from '../../core/content/matter.ts'
import { urgencyOf, type Urgency } from '../../core/feedback/deadlines.ts'
import type { ApplicationStatus } from '../../core/forms/application-status.ts'
import { promisedDeadline } from '../review/promised-deadline.ts'
import { catalogueOf, type FeedbackDeps } from '../feedback/feedback-deps.ts'
import type { ApplicationSummary, StoredCase } from '../store/feedback-repository.ts'

/** Applications still being worked on: the staff queue. */
export const openApplicationStatuses: readonly ApplicationStatus[] = ['submitted', 'pre-review', 'materials-requested', 'accepted']

export type QueueItem<T> = T & { dueDate: string | null; urgency: Urgency | null }


/** Both queues, each item with its deadline and how it stands (overdue, due soon, on time), most urgent first. */
export async function staffQueue(deps: FeedbackDeps) {
  const now = deps.clock()
  const matters = new Map(catalogueOf(deps).matters.map((m) => [m.id, m]))
  const urgency = (due: string | null) => (due === null ? null : urgencyOf(deps.calendar, now, due, deps.settings.dueSoonDays))
  const summaries = await deps.feedback.listApplications(openApplicationStatuses)
  const applications: QueueItem<ApplicationSummary & { matterName: Matter['name'] | null }>[] = await Promise.all(summaries.map(async (a) => {
    // The promised limit stops while corrections are awaited (补正中): such an application has no due date then.
    const history = await deps.drafts.repo.statusHistory(a.id)
    const deadline = promisedDeadline(deps.calendar, matters.get(a.matterId), a.submittedAt, history)
    const dueDate = deadline?.state === 'running' ? deadline.dueDate : null
    return { ...a, matterName: matters.get(a.matterId)?.name ?? null, dueDate, urgency: urgency(dueDate) }
  }))
  const cases: QueueItem<Omit<StoredCase, 'passwordHash' | 'textSealed'>>[] = (await deps.feedback.listCases({ status: 'open' })).map(({ passwordHash: _p, textSealed: _t, ...k }) => ({
    ...k, urgency: urgency(k.dueDate),
  }))
  const rank = (u: Urgency | null) => (u === null ? 99 : u.workingDaysLeft)
  applications.sort((a, b) => rank(a.urgency) - rank(b.urgency))
  cases.sort((a, b) => rank(a.urgency) - rank(b.urgency))
  const all = [...applications.map((a) => a.urgency), ...cases.map((k) => k.urgency)]
  return {
    applications,
    cases,
    counts: { overdue: all.filter((u) => u?.state === 'overdue').length, dueSoon: all.filter((u) => u?.state === 'due-soon').length },
  }
}
