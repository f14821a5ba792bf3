import { findForm } from '../drafts/draft-deps.ts'
import { catalogueOf, type FeedbackDeps } from '../feedback/feedback-deps.ts'
import { licenceToIssue, type LicenceDeps } from './licence-service.ts'

/** Who the audit log names for licences issued by the start-up check rather than at a desk. */
export const repairActor = 'system:licence-check'

/**
 * Issues the licence a finished (办结) application of a licence-issuing matter should hold and does not:
 * one finished before issuing shared 办结's transaction (a crash between the two left none), or before its
 * matter issued licences. Dated at its 办结, audited like any issue; an application never gets a second one.
 * Run at start; returns how many it issued.
 *
 * @example const issued = await issueMissingLicences({ drafts, catalogue, clock, licences })
 */
export async function issueMissingLicences(deps: Pick<FeedbackDeps, 'drafts' | 'catalogue' | 'clock'> & { licences: LicenceDeps }): Promise<number> {
  const matters = new Map(catalogueOf(deps).matters.filter((m) => m.licence).map((m) => [m.id, m]))
  if (matters.size === 0) return 0
  const repo = deps.drafts.repo
  let issued = 0
  for (const number of await deps.licences.store.unissued([...matters.keys()])) {
    const application = await repo.findApplicationByNumber(number)
    if (!application) continue
    const finished = (await repo.statusHistory(application.id)).findLast((e) => e.status === 'completed')
    const licence = await licenceToIssue(deps.licences, application, matters.get(application.matterId), findForm(deps.drafts, application.formId), repairActor, finished?.at ?? deps.clock())
    if (licence && (await deps.licences.store.issue(licence)).created) issued++
  }
  return issued
}
