import { nextStatuses, type ApplicationStatus } from '../../core/forms/application-status.ts'
import { parseApplicationNumber } from '../drafts/application-number.ts'
import { ApiError } from '../http/api-error.ts'
import { auditOf } from '../feedback/cases.ts'
import type { FeedbackDeps } from '../feedback/feedback-deps.ts'

export type StatusChange = { status: ApplicationStatus; note?: string | undefined; materials?: string[] | undefined }

const notFound = () => new ApiError(404, 'application_not_found', 'No application has this number.')

/**
 * Moves an application on (pre-review → accepted / materials requested / rejected → completed), with
 * the staff member as actor. A materials request lists every missing item at once (一次性告知). The
 * history entry, the new status and the audit entry are written in one transaction.
 */
export async function changeApplicationStatus(deps: FeedbackDeps, numberInput: string, change: StatusChange, actor: string) {
  const number = parseApplicationNumber(numberInput)
  const application = number ? await deps.drafts.repo.findApplicationByNumber(number) : null
  if (!application) throw notFound()
  const allowed = nextStatuses[application.status]
  if (!allowed.includes(change.status)) {
    throw new ApiError(409, 'status_not_allowed', `An application that is ${application.status} can move to ${allowed.join(', ') || 'nothing (it is finished)'}, not ${change.status}.`, { allowed })
  }
  const materials = change.materials?.map((m) => m.trim()).filter((m) => m !== '') ?? []
  if (change.status === 'materials-requested' && materials.length === 0) {
    throw new ApiError(422, 'materials_missing', 'List every material the applicant must add, all at once (一次性告知).', [{ pointer: '/materials', message: 'give at least one material' }])
  }
  const note = [materials.length > 0 ? `需补正材料：${materials.join('；')}` : '', change.note?.trim() ?? ''].filter((s) => s !== '').join('\n') || null
  const audit = auditOf(deps, actor, 'application.status-changed', `application:${application.number}`, { status: application.status }, { status: change.status, note })
  const changed = await deps.drafts.repo.changeStatus({ applicationId: application.id, from: application.status, entry: { at: audit.at, actor, status: change.status, note }, audit })
  if (!changed) throw new ApiError(409, 'status_changed', 'Someone else changed this application a moment ago. Reload it to see its status now, then try again.')
  return { number: application.number, status: change.status, note, history: await deps.drafts.repo.statusHistory(application.id) }
}
