import type { Matter } from '../../core/content/matter.ts'
import { nextStatuses, type ApplicationStatus } from '../../core/forms/application-status.ts'
import { correctionProblems, noticeSummary, type CorrectionRequest } from '../../core/review/correction-notice.ts'
import { refusalNote, type RefusalRequest } from '../../core/review/refusal.ts'
import { parseApplicationNumber } from '../drafts/application-number.ts'
import { findForm } from '../drafts/draft-deps.ts'
import { ApiError } from '../http/api-error.ts'
import { licenceToIssue } from '../licences/licence-service.ts'
import { auditOf } from '../feedback/cases.ts'
import { catalogueOf, type FeedbackDeps } from '../feedback/feedback-deps.ts'
import type { StatusTransition, StoredApplication } from '../store/repository.ts'

export type StatusChange = { status: ApplicationStatus; note?: string | undefined }

const notFound = () => new ApiError(404, 'application_not_found', 'No application has this number.')

/** The application by number, and its matter in the current catalogue. */
export async function applicationWithMatter(deps: FeedbackDeps, numberInput: string): Promise<{ application: StoredApplication; matter: Matter | undefined }> {
  const number = parseApplicationNumber(numberInput)
  const application = number ? await deps.drafts.repo.findApplicationByNumber(number) : null
  if (!application) throw notFound()
  return { application, matter: catalogueOf(deps).matters.find((m) => m.id === application.matterId) }
}

function checkAllowed(application: StoredApplication, status: ApplicationStatus): void {
  const allowed = nextStatuses[application.status]
  if (!allowed.includes(status)) {
    throw new ApiError(409, 'status_not_allowed', `An application that is ${application.status} can move to ${allowed.join(', ') || 'nothing (it is finished)'}, not ${status}.`, { allowed })
  }
}

async function move(deps: FeedbackDeps, application: StoredApplication, transition: Omit<StatusTransition, 'applicationId' | 'from'>) {
  const changed = await deps.drafts.repo.changeStatus({ applicationId: application.id, from: application.status, ...transition })
  if (!changed) throw new ApiError(409, 'status_changed', 'Someone else changed this application a moment ago. Reload it to see its status now, then try again.')
  const issued = transition.licence?.licence
  const licence = issued && deps.licences ? { id: issued.id, verifyUrl: new URL(`/verify/${issued.id}`, deps.licences.publicOrigin).href } : null
  return { number: application.number, status: transition.entry.status, note: transition.entry.note, history: await deps.drafts.repo.statusHistory(application.id), licence }
}

/**
 * Moves an application on (pre-review, 受理, 办结) with the staff member as actor; history, status and audit
 * entry in one transaction. Finishing (办结) an application whose matter issues a licence issues it, signed,
 * with its own audit entry, in that same transaction: finished means licensed. The answer names it.
 */
export async function changeApplicationStatus(deps: FeedbackDeps, numberInput: string, change: StatusChange, actor: string) {
  const { application, matter } = await applicationWithMatter(deps, numberInput)
  checkAllowed(application, change.status)
  const note = change.note?.trim() || null
  const audit = auditOf(deps, actor, 'application.status-changed', `application:${application.number}`, { status: application.status }, { status: change.status, note })
  const licence = change.status === 'completed' && deps.licences ? await licenceToIssue(deps.licences, application, matter, findForm(deps.drafts, application.formId), actor, audit.at) : null
  return move(deps, application, { entry: { at: audit.at, actor, status: change.status, note }, audit, ...(licence ? { licence } : {}) })
}

/**
 * 一次性告知: asks for every ticked material and field at once, each with its reason. The application
 * moves to 补正中 and its promised limit stops until the citizen resubmits.
 */
export async function requestCorrections(deps: FeedbackDeps, numberInput: string, request: CorrectionRequest, actor: string) {
  const { application, matter } = await applicationWithMatter(deps, numberInput)
  checkAllowed(application, 'materials-requested')
  if (!matter) throw new ApiError(409, 'matter_withdrawn', 'This application\'s matter is no longer in the catalogue, so its materials cannot be named.')
  const form = findForm(deps.drafts, application.formId)
  const problems = correctionProblems(form, matter, request.items)
  if (problems.length > 0) throw new ApiError(422, 'invalid_items', 'Some ticked items are not on this application.', { problems })
  const now = deps.drafts.clock()
  const round = (await deps.drafts.repo.correctionNotices(application.id)).length + 1
  const notice = { round, onRevision: application.revision, items: request.items, note: request.note || null, requestedAt: now, requestedBy: actor }
  const fieldLabel = new Map(form.sections.flatMap((s) => s.fields).map((f) => [f.id, f.label.zh]))
  const materialName = new Map(matter.materials.map((m) => [m.id, m.name.zh]))
  const note = noticeSummary(notice, (item) => (item.kind === 'field' ? fieldLabel.get(item.id) : materialName.get(item.id)) ?? item.id)
  const audit = auditOf(deps, actor, 'application.corrections-requested', `application:${application.number}`, { status: application.status, revision: application.revision },
    { status: 'materials-requested', round, items: request.items.map((i) => `${i.kind}:${i.id}`) })
  return move(deps, application, { entry: { at: now, actor, status: 'materials-requested', note }, notice, audit })
}

/** 不予受理, citing one of the matter's legal bases with the reason; the citizen reads both. */
export async function refuseApplication(deps: FeedbackDeps, numberInput: string, refusal: RefusalRequest, actor: string) {
  const { application, matter } = await applicationWithMatter(deps, numberInput)
  checkAllowed(application, 'rejected')
  const note = matter ? refusalNote(matter, refusal) : null
  if (note === null) throw new ApiError(422, 'unknown_basis', 'Choose the legal basis from this matter\'s guide.', [{ pointer: '/basis', message: 'not one of the matter\'s legal bases' }])
  const audit = auditOf(deps, actor, 'application.refused', `application:${application.number}`, { status: application.status }, { status: 'rejected', basis: refusal.basis })
  return move(deps, application, { entry: { at: audit.at, actor, status: 'rejected', note }, audit })
}
