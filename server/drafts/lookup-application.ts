import { timingSafeEqual } from 'node:crypto'
import type { ApplicationProgress } from '../../core/api/drafts.ts'
import { applicationStatusLabels } from '../../core/forms/application-status.ts'
import { maskIdCard } from '../../core/forms/mask.ts'
import { normalizeIdCard } from '../../core/forms/validate-id-card.ts'
import { formFields } from '../../core/forms/validate-form.ts'
import type { Text } from '../../core/content/text.ts'
import { openFormData } from '../crypto/seal-form-data.ts'
import { ApiError } from '../http/api-error.ts'
import { parseApplicationNumber } from './application-number.ts'
import type { DraftDeps } from './draft-deps.ts'
import type { StoredApplication } from '../store/repository.ts'
import { lookupHash, ratingKeyFor } from './submit-draft.ts'

/**
 * Progress by application number and the last 4 characters of the ID number. A wrong number and a
 * wrong ID answer alike, so the lookup reveals nothing about which applications exist.
 */
export async function lookupApplication(deps: DraftDeps, numberInput: string, idLast4: string): Promise<ApplicationProgress> {
  const number = parseApplicationNumber(numberInput)
  if (!number) {
    throw new ApiError(400, 'bad_application_number', 'This application number does not add up: check each character against your receipt, e.g. JC-2026-000123-7.', {
      param: 'number',
    })
  }
  const application = await deps.repo.findApplicationByNumber(number)
  if (!application || application.idLookupHash === null || application.idLookupHash !== lookupHash(deps, number, idLast4)) {
    throw new ApiError(404, 'application_not_found', 'No application matches this number and ID number. Check both and try again.')
  }
  return applicationProgress(deps, application)
}

/** An application's progress as its applicant may see it (after a look-up, or in 我的办件). */
export async function applicationProgress(deps: DraftDeps, application: StoredApplication): Promise<ApplicationProgress> {
  const history = await deps.repo.statusHistory(application.id)
  return {
    number: application.number,
    formId: application.formId,
    matterId: application.matterId,
    status: application.status,
    statusLabel: applicationStatusLabels[application.status],
    submittedAt: application.submittedAt.toISOString(),
    applicantIdNumber: maskedIdNumber(deps, application.formId, application.data),
    history: history.map((e) => ({ at: e.at.toISOString(), actor: e.actor, status: e.status, label: applicationStatusLabels[e.status], note: e.note })),
  }
}

function maskedIdNumber(deps: DraftDeps, formId: string, stored: unknown): string | null {
  const idNumber = applicantIdNumber(deps, formId, stored)
  return idNumber === null ? null : maskIdCard(idNumber)
}

/** The first ID number on the application's form, as typed: the applicant's. */
function applicantIdNumber(deps: DraftDeps, formId: string, stored: unknown): string | null {
  const catalogue = typeof deps.catalogue === 'function' ? deps.catalogue() : deps.catalogue
  const form = catalogue.forms.find((f) => f.id === formId)
  if (!form) return null
  const data = openFormData(stored, deps.crypto)
  const field = formFields(form).find((f) => f.type === 'id-card' && typeof data[f.id] === 'string')
  return field ? (data[field.id] as string) : null
}

/** How a citizen shows an application is theirs to rate: the receipt's rating key, or the applicant's whole ID number. */
export type RatingProof = { ratingKey: string } | { idNumber: string }

/**
 * The application a citizen may rate. The rating key from the submit answer, or the whole 18-character
 * ID number, is needed: not the last 4 characters a progress look-up takes, which can be guessed, so a
 * stranger cannot spend the citizen's one evaluation. Every refusal is the same 404.
 */
export async function applicationToRate(deps: DraftDeps, numberInput: string, proof: RatingProof): Promise<StoredApplication> {
  const number = parseApplicationNumber(numberInput)
  const application = number ? await deps.repo.findApplicationByNumber(number) : null
  const notFound = () => new ApiError(404, 'application_not_found', 'No application matches this number and proof. Check the number, and type the applicant\'s whole ID number.')
  if (!application) throw notFound()
  const expected = 'ratingKey' in proof ? ratingKeyFor(deps, application.number) : normalizeIdCard(applicantIdNumber(deps, application.formId, application.data) ?? '')
  const given = 'ratingKey' in proof ? proof.ratingKey : normalizeIdCard(proof.idNumber)
  if (expected === '' || !sameText(given, expected)) throw notFound()
  return application
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
