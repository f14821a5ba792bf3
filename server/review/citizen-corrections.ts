import { z } from 'zod'
import type { FormDefinition } from '../../core/content/form.ts'
import type { Matter } from '../../core/content/matter.ts'
import type { CorrectionForm, NoticeView } from '../../core/review/review-views.ts'
import { FormData } from '../../core/forms/form-data.ts'
import { formFields, validateForm } from '../../core/forms/validate-form.ts'
import { applicableData } from '../../core/forms/visible-fields.ts'
import { applyCorrections, revisionChanges } from '../../core/review/apply-corrections.ts'
import type { CorrectionNotice } from '../../core/review/correction-notice.ts'
import { openFormData, sealFormData } from '../crypto/seal-form-data.ts'
import { findForm } from '../drafts/draft-deps.ts'
import { applicationToRate } from '../drafts/lookup-application.ts'
import { ApiError } from '../http/api-error.ts'
import { catalogueOf, type FeedbackDeps } from '../feedback/feedback-deps.ts'
import type { StoredApplication } from '../store/repository.ts'

/** The whole ID number proves the application is the citizen's (the last 4 a lookup takes can be guessed). */
export const CorrectionProof = z.object({ idNumber: z.string().trim().min(15).max(18) }).strict()
export const ResubmitBody = z
  .object({
    idNumber: z.string().trim().min(15).max(18),
    revision: z.number().int().positive().describe('the revision the notice was read on; a stale one answers 409'),
    data: FormData.describe('the corrected values of the fields the notice names'),
    materials: z.record(z.string().max(100), z.string().trim().max(500)).describe('for each named material, how it is now provided'),
  })
  .strict()


export function noticeView(form: FormDefinition | undefined, matter: Matter | undefined, notice: CorrectionNotice): NoticeView {
  const fields = new Map((form ? formFields(form) : []).map((f) => [f.id, f.label]))
  const materials = new Map((matter?.materials ?? []).map((m) => [m.id, m.name]))
  return {
    round: notice.round, requestedAt: notice.requestedAt.toISOString(), note: notice.note,
    items: notice.items.map((i) => ({ ...i, name: (i.kind === 'field' ? fields.get(i.id) : materials.get(i.id)) ?? { zh: i.id, en: i.id } })),
  }
}


async function awaitingCorrections(deps: FeedbackDeps, number: string, idNumber: string) {
  const application = await applicationToRate(deps.drafts, number, { idNumber })
  const notice = (await deps.drafts.repo.correctionNotices(application.id)).at(-1)
  if (application.status !== 'materials-requested' || !notice) {
    throw new ApiError(409, 'no_corrections_asked', 'This application is not waiting for corrections. Look up its progress to see where it stands.')
  }
  const form = findForm(deps.drafts, application.formId)
  const matter = catalogueOf(deps).matters.find((m) => m.id === application.matterId)
  return { application, notice, form, matter }
}

export async function correctionForm(deps: FeedbackDeps, number: string, idNumber: string): Promise<CorrectionForm> {
  const { application, notice, form, matter } = await awaitingCorrections(deps, number, idNumber)
  return { number: application.number, revision: application.revision, form, data: openFormData(application.data, deps.drafts.crypto), notice: noticeView(form, matter, notice) }
}

/**
 * The citizen's corrections, resubmitted as the next revision of the same application: only the named
 * fields change, every named material is declared, the whole form validates again, and the application
 * goes back to pre-review with the promised limit running again.
 */
export async function resubmitCorrections(deps: FeedbackDeps, number: string, body: z.infer<typeof ResubmitBody>): Promise<StoredApplication> {
  const { application, notice, form } = await awaitingCorrections(deps, number, body.idNumber)
  if (body.revision !== application.revision) throw stale()
  const revisions = await deps.drafts.repo.revisions(application.id)
  const previous = { data: openFormData(application.data, deps.drafts.crypto), materials: revisions.at(-1)?.materials ?? {} }
  const next = applyCorrections(previous, notice.items, { data: body.data, materials: body.materials })
  if (next.problems.length > 0) throw new ApiError(422, 'not_in_notice', 'Only what the notice names can be corrected.', { problems: next.problems })
  const problems = validateForm(form, next.data)
  if (problems.length > 0) throw new ApiError(422, 'invalid_fields', `${problems.length} field${problems.length === 1 ? ' needs' : 's need'} attention before this can be resubmitted.`, { problems })
  const data = applicableData(formFields(form), next.data)
  const now = deps.drafts.clock()
  const revision = application.revision + 1
  const changes = revisionChanges(previous, { data, materials: next.materials })
  const audit = {
    at: now, actor: 'applicant', action: 'application.resubmitted', subject: `application:${application.number}`,
    before: { status: application.status, revision: application.revision }, after: { status: 'pre-review', revision, changed: [...changes.fields, ...changes.materials] },
  }
  const done = await deps.drafts.repo.resubmit({
    applicationId: application.id, expectedRevision: application.revision,
    revision: { revision, data: sealFormData(form, data, deps.drafts.crypto), materials: next.materials, submittedAt: now },
    entry: { at: now, actor: 'applicant', status: 'pre-review', note: `已补正（第 ${notice.round} 次告知），重新提交为第 ${revision} 版` },
    audit,
  })
  if (!done) throw stale()
  return { ...application, revision, status: 'pre-review' }
}

const stale = () => new ApiError(409, 'application_changed', 'This application changed since you opened the notice. Look it up again, then correct it.')
