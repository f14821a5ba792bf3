import type { CitizenProgress } from '../../core/api/drafts.ts'
import { lookupApplication } from '../drafts/lookup-application.ts'
import { catalogueOf, type FeedbackDeps } from '../feedback/feedback-deps.ts'
import { noticeView } from './citizen-corrections.ts'
import { promisedDeadline } from './promised-deadline.ts'
import { findForm } from '../drafts/draft-deps.ts'

export type { CitizenProgress }

/** lookupApplication, plus what the citizen needs to read it: what it is, when it is promised, what to correct. */
export async function citizenProgress(deps: FeedbackDeps, number: string, idLast4: string): Promise<CitizenProgress> {
  const progress = await lookupApplication(deps.drafts, number, idLast4)
  const application = (await deps.drafts.repo.findApplicationByNumber(progress.number))!
  const matter = catalogueOf(deps).matters.find((m) => m.id === application.matterId)
  const history = progress.history.map((h) => ({ at: new Date(h.at), status: h.status }))
  const latest = application.status === 'materials-requested' ? (await deps.drafts.repo.correctionNotices(application.id)).at(-1) : undefined
  const form = (() => {
    try {
      return findForm(deps.drafts, application.formId)
    } catch {
      return undefined
    }
  })()
  return {
    ...progress,
    matterName: matter?.name ?? null,
    deadline: promisedDeadline(deps.calendar, matter, application.submittedAt, history),
    notice: latest ? noticeView(form, matter, latest) : null,
  }
}
