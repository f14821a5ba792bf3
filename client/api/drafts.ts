import type { FormDefinition } from '../../core/content/form.ts'
import type { CitizenProgress, CreateDraftBody, DraftReminder, DraftView, SaveDraftBody, SavedDraft, SubmitAnswer, SubmittedApplication } from '../../core/api/drafts.ts'
import { draftHeaders } from '../../core/api/draft-token-header.ts'
import type { CorrectionForm } from '../../core/review/review-views.ts'
import type { FormData } from '../../core/forms/form-data.ts'
import type { NewerDraft, SaveResult } from '../../core/forms/autosave-machine.ts'
import type { FieldProblem } from '../../core/forms/validate-form.ts'
import { ApiFailure } from './api-failure.ts'
import { call } from './feedback.ts'
import { detailsOf, must, request } from './request.ts'

/** The shapes of core/api/drafts.ts, the server's own definition. */
export type { SavedDraft, SubmittedApplication }
/** The lookup's answer, as core/api/drafts.ts defines it. */
export type ApplicationProgress = CitizenProgress
export type Draft = DraftView
export type DraftSave = SaveDraftBody & { position: string | null; formVersion: number }
/** What a save answered, and what another tab or device stored when it lost (core/forms/autosave-machine.ts). */
export type { NewerDraft, SaveResult }

export type SubmitResult =
  | { kind: 'submitted'; application: SubmittedApplication; alreadySubmitted: boolean }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'conflict'; currentRevision: number }
  | { kind: 'form-changed' }
  | { kind: 'level-required'; requiredLevel: number; currentLevel: number | null; windows: number[] }

export type LookupResult =
  | { kind: 'found'; progress: ApplicationProgress }
  | { kind: 'not-found' }
  | { kind: 'bad-number' }
  | { kind: 'too-many'; retryAfterSeconds: number }

export type OpenCorrectionResult =
  | { kind: 'opened'; correction: CorrectionForm }
  | { kind: 'not-found' }
  | { kind: 'not-awaited' }
  | { kind: 'too-many'; retryAfterSeconds: number }
export type ResubmitBody = { idNumber: string; revision: number; data: FormData; materials: Record<string, string> }
export type ResubmitResult =
  | { kind: 'resubmitted'; revision: number }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'refused'; message: string }

/**
 * All draft and application HTTP, beside `api` in api.ts. Refusals a citizen can act on (a stale save,
 * invalid fields, a wrong lookup) resolve as values; anything else rejects with an ApiFailure
 * (`status` 0 when the network failed). Drafts are never cached by the browser: the server says no-store.
 * A draft's token goes in the Draft-Token header of /api/draft, never in a URL.
 */
export const draftsApi = {
  form: (id: string, signal?: AbortSignal) => request<FormDefinition>('GET', `/api/forms/${enc(id)}`, { signal }).then(must),
  create: (body: CreateDraftBody) =>
    request<Draft>('POST', '/api/drafts', { body }).then(must),
  get: (token: string, signal?: AbortSignal) => request<Draft>('GET', '/api/draft', { signal, headers: draftHeaders(token) }).then(must),
  resume: (code: string) => request<Draft>('POST', '/api/drafts/resume', { body: { code } }).then(must),

  /** The QR code of the draft's link, as SVG text (an `<img src>` could not send the token in a header). */
  async qrSvg(token: string): Promise<string> {
    const response = await fetch('/api/draft/qr.svg', { headers: draftHeaders(token), cache: 'no-store' }).catch(() => null)
    if (!response?.ok) throw new ApiFailure(response?.status ?? 0, 'qr_failed', 'The QR code could not be fetched.')
    return response.text()
  },
  /** Leaves (or, with null, removes) the address the expiry warning goes to; a bad address resolves with its problem. */
  reminder: (token: string, email: string | null) => call<DraftReminder>('PUT', '/api/drafts/reminder', { token, email }),

  async save(token: string, body: DraftSave): Promise<SaveResult> {
    const reply = await request<SavedDraft>('PUT', '/api/draft', { body, headers: draftHeaders(token) })
    if (reply.ok) return { kind: 'saved', ...reply.body }
    const conflict = detailsOf(reply, 'draft_conflict')
    if (conflict?.current) return { kind: 'conflict', newer: { revision: conflict.currentRevision, ...conflict.current } }
    return must(reply)
  },

  async submit(token: string, revision?: number): Promise<SubmitResult> {
    const reply = await request<SubmitAnswer>('POST', '/api/draft/submit', { body: revision === undefined ? {} : { revision }, headers: draftHeaders(token) })
    if (reply.ok) return { kind: 'submitted', ...reply.body }
    const invalid = detailsOf(reply, 'invalid_fields')
    if (invalid) return { kind: 'invalid', problems: invalid.problems }
    if (reply.code === 'form_changed') return { kind: 'form-changed' }
    const conflict = detailsOf(reply, 'draft_conflict')
    if (conflict) return { kind: 'conflict', currentRevision: conflict.currentRevision }
    const level = detailsOf(reply, 'trust_level_required')
    if (level) return { kind: 'level-required', ...level }
    return must(reply)
  },

  async lookup(number: string, idLast4: string): Promise<LookupResult> {
    const query = new URLSearchParams({ number: number.trim(), idLast4: idLast4.trim() })
    const reply = await request<ApplicationProgress>('GET', `/api/applications/lookup?${query}`)
    if (reply.ok) return { kind: 'found', progress: reply.body }
    if (reply.status === 404) return { kind: 'not-found' }
    if (reply.status === 400 || reply.status === 422) return { kind: 'bad-number' }
    if (reply.status === 429) return { kind: 'too-many', retryAfterSeconds: detailsOf(reply, 'too_many_attempts')?.retryAfterSeconds ?? 60 }
    return must(reply)
  },

  /** Opens the correction notice (补正) with the applicant's whole ID number. */
  async openCorrection(number: string, idNumber: string): Promise<OpenCorrectionResult> {
    const reply = await request<CorrectionForm>('POST', `/api/applications/${enc(number.trim())}/correction`, { body: { idNumber: idNumber.trim() } })
    if (reply.ok) return { kind: 'opened', correction: reply.body }
    if (reply.status === 404 || reply.status === 422) return { kind: 'not-found' }
    if (reply.status === 409) return { kind: 'not-awaited' }
    if (reply.status === 429) return { kind: 'too-many', retryAfterSeconds: detailsOf(reply, 'too_many_attempts')?.retryAfterSeconds ?? 60 }
    return must(reply)
  },

  /** Resubmits the same application with what the notice named corrected. */
  async resubmit(number: string, body: ResubmitBody): Promise<ResubmitResult> {
    const reply = await request<{ revision: number }>('POST', `/api/applications/${enc(number)}/resubmit`, { body })
    if (reply.ok) return { kind: 'resubmitted', revision: reply.body.revision }
    const invalid = detailsOf(reply, 'invalid_fields')
    if (invalid) return { kind: 'invalid', problems: invalid.problems }
    if (reply.status === 409 || reply.status === 422 || reply.status === 429) return { kind: 'refused', message: reply.message }
    return must(reply)
  },
}

const enc = encodeURIComponent
