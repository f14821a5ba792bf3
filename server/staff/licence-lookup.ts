import { parseApplicationNumber } from '../drafts/application-number.ts'
import type { FeedbackDeps } from '../feedback/feedback-deps.ts'
import { ApiError } from '../http/api-error.ts'
import { findLicence, viewLicence, type LicenceView } from '../licences/licence-service.ts'

const licenceId = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i

/**
 * A licence as the desk finds it from what is in hand: the number printed on it (its id), the /verify
 * address its QR code opens, or the number of the application it was issued for. 404 when none matches.
 *
 * @example await staffLicenceLookup(deps, 'https://lobby.example/verify/2f1c…') // the licence and where it stands
 */
export async function staffLicenceLookup(deps: FeedbackDeps, reference: string): Promise<LicenceView> {
  if (!deps.licences) throw new ApiError(404, 'licence_not_found', 'This site issues no electronic licences.')
  const id = licenceId.exec(reference.trim())?.[1]?.toLowerCase()
  if (id) return viewLicence(deps.licences, await findLicence(deps.licences, id))
  const number = parseApplicationNumber(reference)
  const application = number ? await deps.drafts.repo.findApplicationByNumber(number) : null
  const licence = application ? await deps.licences.store.findByApplication(application.id) : null
  if (!licence) {
    throw new ApiError(404, 'licence_not_found', number ? `Application ${number} has no electronic licence: it is not finished, or its matter issues none.` : 'Enter the licence number, its /verify address or the application number (JC-…).')
  }
  return viewLicence(deps.licences, licence)
}
