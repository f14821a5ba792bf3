import { randomUUID } from 'node:crypto'
import type { FormDefinition } from '../../core/content/form.ts'
import type { Answers } from '../../core/conditions/condition.ts'
import { checkDraftShape } from '../../core/forms/draft-shape.ts'
import { prefillForm } from '../../core/forms/prefill.ts'
import type { FormData } from '../../core/forms/form-data.ts'
import { sealFormData } from '../crypto/seal-form-data.ts'
import { ApiError } from '../http/api-error.ts'
import { invalidBody } from '../http/json-body.ts'
import type { StoredDraft } from '../store/repository.ts'
import { isDraftTokenShape, newDraftToken, newResumeCode } from './draft-secrets.ts'
import { expiryFrom, type DraftDeps } from './draft-deps.ts'

export const tokenHash = (deps: DraftDeps, token: string) => deps.crypto.hash('draft-token', token)
export const resumeCodeHash = (deps: DraftDeps, code: string) => deps.crypto.hash('resume-code', code)

/** Stores a new draft, drawing another resume code in the rare case one is taken. */
export async function insertNewDraft(deps: DraftDeps, form: FormDefinition, data: FormData, position: string | null): Promise<StoredDraft> {
  const now = deps.clock()
  for (let attempt = 0; attempt < 5; attempt++) {
    const token = newDraftToken()
    const code = newResumeCode()
    const draft: StoredDraft = {
      id: randomUUID(), tokenHash: tokenHash(deps, token), tokenSealed: deps.crypto.seal(token), resumeCodeHash: resumeCodeHash(deps, code),
      resumeCodeSealed: deps.crypto.seal(code), formId: form.id, formVersion: form.version, data: sealFormData(form, data, deps.crypto),
      position, revision: 1, expiresAt: expiryFrom(deps, now), createdAt: now, updatedAt: now, emailSealed: null,
    }
    if ((await deps.repo.insertDraft(draft)) === 'ok') return draft
  }
  throw new Error('Could not draw a free resume code in 5 attempts')
}

/** The live draft a token opens: 404 if there is none, 410 if it has expired but is not purged yet. */
export async function liveDraft(deps: DraftDeps, token: string): Promise<StoredDraft> {
  const draft = isDraftTokenShape(token) ? await deps.repo.findDraftByTokenHash(tokenHash(deps, token)) : null
  if (!draft) throw draftNotFound()
  return checkNotExpired(deps, draft)
}

export function checkNotExpired(deps: DraftDeps, draft: StoredDraft): StoredDraft {
  if (draft.expiresAt.getTime() <= deps.clock().getTime()) {
    throw new ApiError(410, 'draft_expired', `This draft expired on ${draft.expiresAt.toISOString().slice(0, 10)} and can no longer be opened. Start a new application.`)
  }
  return draft
}

export function draftNotFound(): ApiError {
  return new ApiError(404, 'draft_not_found', 'No draft matches this link or code. Check it, or start a new application.')
}

/** 422 when the saved position is not a section of the form. */
export function checkPosition(form: FormDefinition, position: string | null | undefined): string | null {
  if (position === undefined || position === null) return null
  if (form.sections.some((s) => s.id === position)) return position
  throw new ApiError(422, 'invalid_request', `The form "${form.id}" has no section "${position}".`, [
    { pointer: '/position', message: `use one of ${form.sections.map((s) => s.id).join(', ')}` },
  ])
}

/** 422 before anything is sealed or stored when the data holds what the form does not define (see checkDraftShape). */
export function checkDataShape(form: FormDefinition, data: FormData, pointer = '/data'): FormData {
  const problems = checkDraftShape(form, data, pointer)
  if (problems.length > 0) throw invalidBody(problems)
  return data
}

/** The fields the journey's answers fill, less any answer too long for its field (a save would refuse it). */
export function prefilledData(form: FormDefinition, answers: Answers): FormData {
  return Object.fromEntries(Object.entries(prefillForm(form, answers)).filter(([id, value]) => checkDraftShape(form, { [id]: value }).length === 0))
}
