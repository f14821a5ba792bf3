import { randomUUID } from 'node:crypto'
import type { SubmittedApplication } from '../../core/api/drafts.ts'
import type { ErrorDetails } from '../../core/api/error-body.ts'
import type { FormDefinition } from '../../core/content/form.ts'
import type { FormData } from '../../core/forms/form-data.ts'
import { levelShortfall, type TrustLevel } from '../../core/identity/trust-level.ts'
import type { CitizenSession } from '../identity/sessions.ts'
import { knownFor, lockedIdentity, lockedProblems } from './known-data.ts'
import { normalizeIdCard } from '../../core/forms/validate-id-card.ts'
import { formFields, validateForm } from '../../core/forms/validate-form.ts'
import { applicableData } from '../../core/forms/visible-fields.ts'
import { openFormData, sealFormData } from '../crypto/seal-form-data.ts'
import { ApiError } from '../http/api-error.ts'
import type { StoredApplication, StoredDraft } from '../store/repository.ts'
import { formatApplicationNumber, numberingYear } from './application-number.ts'
import { draftCatalogue, findForm, type DraftDeps } from './draft-deps.ts'
import { checkNotExpired, draftNotFound, tokenHash } from './draft-store.ts'
import { isDraftTokenShape } from './draft-secrets.ts'
import { withdrawDraftWarning } from '../notifications/draft-notices.ts'

export type SubmitOutcome = { application: SubmittedApplication; created: boolean }

/**
 * Submits a draft: validates it again, creates the application with its first status and audit entry
 * and deletes the draft, all or nothing, then cancels the draft's expiry warning. Submitting the same token again answers with the same application, so a
 * double click, a second tab or Back-then-submit never makes two. A refused submit leaves the draft as is.
 * `session` is the signed-in citizen (null: anonymous): their trust level is checked against the matter's
 * `online.trustLevel`, and verified identity values the matter does not let them change must be unchanged.
 */
export async function submitDraft(deps: DraftDeps, token: string, expectedRevision: number | undefined, session: Pick<CitizenSession, 'person' | 'citizen'> | null = null): Promise<SubmitOutcome> {
  const hash = isDraftTokenShape(token) ? tokenHash(deps, token) : null
  const draft = hash ? await deps.repo.findDraftByTokenHash(hash) : null
  if (!draft) {
    const earlier = hash ? await deps.repo.findApplicationByDraftToken(hash) : null
    if (earlier) return { application: summary(deps, earlier), created: false }
    throw draftNotFound()
  }
  checkNotExpired(deps, draft)
  const form = findForm(deps, draft.formId)
  checkSubmittable(form, draft, expectedRevision)
  checkTrustLevel(deps, form, session?.person.trustLevel ?? null)
  const data = openFormData(draft.data, deps.crypto)
  const locked = lockedIdentity(deps, form, await knownFor(deps, form, session?.person ?? null, session?.citizen ?? null))
  const problems = [...lockedProblems(form, data, locked), ...validateForm(form, data)]
  if (problems.length > 0) {
    throw new ApiError(422, 'invalid_fields', `${problems.length} field${problems.length === 1 ? ' needs' : 's need'} attention before this can be submitted.`, { problems } satisfies ErrorDetails['invalid_fields'])
  }
  const now = deps.clock()
  const year = numberingYear(now)
  const number = formatApplicationNumber(year, await deps.repo.nextApplicationSequence(year))
  const kept = applicableData(formFields(form), data)
  const application: StoredApplication = {
    id: randomUUID(), number, draftTokenHash: draft.tokenHash, formId: form.id, formVersion: form.version, matterId: form.matter,
    data: sealFormData(form, kept, deps.crypto), idLookupHash: idLookupHash(deps, form, kept, number), status: 'submitted', submittedAt: now, revision: 1,
  }
  // The audit entry names the application by number only: no form values, names or ID numbers.
  const audit = { at: now, actor: 'applicant', action: 'application.submitted', subject: `application:${number}`, before: null, after: { status: 'submitted' } }
  const result = await deps.repo.submitDraft({ application, firstStatus: { at: now, actor: 'applicant', status: 'submitted', note: null }, audit })
  if (!result) throw draftNotFound()
  // An application needs no reminder to finish it.
  if (deps.reminders) await withdrawDraftWarning({ reminders: deps.reminders }, draft.id)
  return { application: summary(deps, result.application), created: result.created }
}

function checkSubmittable(form: FormDefinition, draft: StoredDraft, expectedRevision: number | undefined): void {
  if (expectedRevision !== undefined && expectedRevision !== draft.revision) {
    throw new ApiError(409, 'draft_conflict', 'This draft was changed elsewhere since you opened it. Review the newer version before submitting.', {
      currentRevision: draft.revision,
    } satisfies ErrorDetails['draft_conflict'])
  }
  if (draft.formVersion !== form.version) {
    throw new ApiError(409, 'form_changed', 'The form changed since this draft was saved. Open the draft, check what moved, save it, then submit.', {
      draftFormVersion: draft.formVersion, formVersion: form.version,
    } satisfies ErrorDetails['form_changed'])
  }
}

/**
 * A matter may need a signed-in citizen of a given level to submit online (content: online.trustLevel).
 * Below it, 403 `trust_level_required` says to sign in at that level or bring the application to the window;
 * the draft stays, so signing in again and submitting loses nothing.
 */
function checkTrustLevel(deps: DraftDeps, form: FormDefinition, held: TrustLevel | null): void {
  const matter = draftCatalogue(deps).matters.find((m) => m.id === form.matter)
  const shortfall = levelShortfall(matter?.online.trustLevel, held)
  if (!shortfall || !matter) return
  const windows = matter.windows
  const where = windows.length > 0 ? `window ${windows.join(' or ')}` : 'the service centre'
  const now = held === null ? 'You are not signed in.' : `You signed in at level ${held}.`
  throw new ApiError(403, 'trust_level_required', `Submitting this online needs signing in at trust level ${shortfall.required} or higher. ${now} Sign in at level ${shortfall.required} or higher (for example with face verification or a digital certificate), or bring your application to ${where}. Your draft is kept.`, {
    requiredLevel: shortfall.required, currentLevel: held, windows,
  } satisfies ErrorDetails['trust_level_required'])
}

/**
 * The keyed hash a progress lookup must match: the application number with the last 4 characters of
 * the first ID number on the form. Null when the form asks for no ID number (then no lookup by ID).
 */
function idLookupHash(deps: DraftDeps, form: FormDefinition, data: FormData, number: string): string | null {
  const field = formFields(form).find((f) => f.type === 'id-card' && typeof data[f.id] === 'string')
  if (!field) return null
  return lookupHash(deps, number, normalizeIdCard(data[field.id] as string).slice(-4))
}

export function lookupHash(deps: Pick<DraftDeps, 'crypto'>, number: string, idLast4: string): string {
  return deps.crypto.hash('application-lookup', `${number}:${idLast4.toUpperCase()}`)
}

/** Derived from the number under the data key, so it needs no column and is the same on a repeated submit. */
export function ratingKeyFor(deps: Pick<DraftDeps, 'crypto'>, number: string): string {
  return deps.crypto.hash('evaluation-key', number)
}

function summary(deps: Pick<DraftDeps, 'crypto'>, a: StoredApplication): SubmittedApplication {
  return { number: a.number, formId: a.formId, matterId: a.matterId, status: a.status, submittedAt: a.submittedAt.toISOString(), ratingKey: ratingKeyFor(deps, a.number) }
}
