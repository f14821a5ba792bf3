import { citationOf } from '../../core/review/refusal.ts'
import { applicationStatusLabels } from '../../core/forms/application-status.ts'
import { revisionChanges } from '../../core/review/apply-corrections.ts'
import type { ApplicationReview } from '../../core/review/review-views.ts'
import { openFormData } from '../crypto/seal-form-data.ts'
import { findForm } from '../drafts/draft-deps.ts'
import { auditOf } from '../feedback/cases.ts'
import type { FeedbackDeps } from '../feedback/feedback-deps.ts'
import { promisedDeadline } from '../review/promised-deadline.ts'
import { applicationWithMatter } from './application-actions.ts'

/**
 * The application as submitted, for pre-review: form answers (opened), the materials with what the
 * citizen declared for each, every notice, the history and the promised deadline with stops taken
 * out. Opening personal data is itself written to the audit log.
 */
export async function applicationReview(deps: FeedbackDeps, numberInput: string, actor: string): Promise<ApplicationReview> {
  const { application, matter } = await applicationWithMatter(deps, numberInput)
  const repo = deps.drafts.repo
  const [history, revisions, notices] = await Promise.all([repo.statusHistory(application.id), repo.revisions(application.id), repo.correctionNotices(application.id)])
  await deps.feedback.appendAudit(auditOf(deps, actor, 'application.opened', `application:${application.number}`, null, { revision: application.revision }))
  const open = (r: (typeof revisions)[number]) => ({ data: openFormData(r.data, deps.drafts.crypto), materials: r.materials })
  const current = revisions.at(-1)
  const previous = revisions.at(-2)
  const declared = current?.materials ?? {}
  return {
    number: application.number,
    status: application.status,
    statusLabel: applicationStatusLabels[application.status],
    revision: application.revision,
    submittedAt: application.submittedAt.toISOString(),
    matterId: application.matterId,
    matterName: matter?.name ?? null,
    basis: (matter?.basis ?? []).map((b, index) => ({ index, citation: citationOf(b) })),
    materials: (matter?.materials ?? []).map((m) => ({
      id: m.id, name: m.name, required: m.required, condition: m.condition ?? null, source: m.source, declared: declared[m.id] ?? null,
    })),
    form: findForm(deps.drafts, application.formId),
    data: openFormData(application.data, deps.drafts.crypto),
    changes: current && previous ? revisionChanges(open(previous), open(current)) : null,
    notices: notices.map((n) => ({ ...n, requestedAt: n.requestedAt.toISOString() })),
    history: history.map((e) => ({ at: e.at.toISOString(), actor: e.actor, status: e.status, label: applicationStatusLabels[e.status], note: e.note })),
    deadline: promisedDeadline(deps.calendar, matter, application.submittedAt, history),
  }
}
