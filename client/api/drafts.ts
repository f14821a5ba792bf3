import type { FormDefinition } from '../../core/content/form.ts'
import type { Text } from '../../core/content/text.ts'
import type { ApplicationStatus } from '../../core/forms/application-status.ts'
import type { FormData } from '../../core/forms/form-data.ts'
import type { UnmovedValue } from '../../core/forms/migrate-draft.ts'
import type { FieldProblem } from '../../core/forms/validate-form.ts'
import type { AnswerValue } from '../../core/conditions/condition.ts'
import type { CorrectionForm, NoticeView, PromisedDeadline } from '../../core/review/review-views.ts'
import { ApiFailure } from './api-failure.ts'

/** A draft as the server sends it (server/drafts/draft-view.ts). */
export type Draft = {
  id: string
  token: string
  resumeCode: string
  formId: string
  formVersion: number
  data: FormData
  position: string | null
  revision: number
  expiresAt: string
  updatedAt: string
  unmoved: UnmovedValue[]
}

export type DraftSave = { data: FormData; position: string | null; revision: number; formVersion: number }
export type SavedDraft = { revision: number; expiresAt: string; updatedAt: string }
/** What is stored now, when a save lost against one from another tab or device. */
export type NewerDraft = { revision: number; data: FormData; position: string | null; updatedAt: string }

export type SaveResult = ({ kind: 'saved' } & SavedDraft) | { kind: 'conflict'; newer: NewerDraft }

/** `ratingKey` lets this page rate the application without asking for the ID number again. */
export type SubmittedApplication = { number: string; formId: string; matterId: string; status: ApplicationStatus; submittedAt: string; ratingKey: string }
export type SubmitResult =
  | { kind: 'submitted'; application: SubmittedApplication; alreadySubmitted: boolean }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'conflict'; currentRevision: number }
  | { kind: 'form-changed' }

export type ApplicationProgress = {
  number: string
  formId: string
  matterId: string
  status: ApplicationStatus
  statusLabel: Text
  submittedAt: string
  applicantIdNumber: string | null
  history: { at: string; actor: string; status: ApplicationStatus; label: Text; note: string | null }[]
  matterName: Text | null
  deadline: PromisedDeadline | null
  notice: NoticeView | null
}
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

type ErrorReply = { status: number; code: string; message: string; details: unknown }
type Reply<T> = { ok: true; status: number; body: T } | ({ ok: false } & ErrorReply)

/**
 * All draft and application HTTP, beside `api` in api.ts. Refusals a citizen can act on (a stale save,
 * invalid fields, a wrong lookup) resolve as values; anything else rejects with an ApiFailure
 * (`status` 0 when the network failed). Drafts are never cached by the browser: the server says no-store.
 */
export const draftsApi = {
  form: (id: string, signal?: AbortSignal) => call<FormDefinition>('GET', `/api/forms/${enc(id)}`, undefined, signal).then(must),
  create: (body: { formId: string; answers?: Record<string, AnswerValue>; data?: FormData; position?: string | null }) =>
    call<Draft>('POST', '/api/drafts', body).then(must),
  get: (token: string, signal?: AbortSignal) => call<Draft>('GET', `/api/drafts/${enc(token)}`, undefined, signal).then(must),
  resume: (code: string) => call<Draft>('POST', '/api/drafts/resume', { code }).then(must),
  qrUrl: (token: string) => `/api/drafts/${enc(token)}/qr.svg`,

  async save(token: string, body: DraftSave): Promise<SaveResult> {
    const reply = await call<SavedDraft>('PUT', `/api/drafts/${enc(token)}`, body)
    if (reply.ok) return { kind: 'saved', ...reply.body }
    if (reply.status === 409) {
      const d = reply.details as { currentRevision: number; current: Omit<NewerDraft, 'revision'> }
      return { kind: 'conflict', newer: { revision: d.currentRevision, ...d.current } }
    }
    throw failure(reply)
  },

  async submit(token: string, revision?: number): Promise<SubmitResult> {
    const reply = await call<{ application: SubmittedApplication; alreadySubmitted: boolean }>('POST', `/api/drafts/${enc(token)}/submit`, revision === undefined ? {} : { revision })
    if (reply.ok) return { kind: 'submitted', ...reply.body }
    if (reply.status === 422 && reply.code === 'invalid_fields') return { kind: 'invalid', problems: (reply.details as { problems: FieldProblem[] }).problems }
    if (reply.status === 409 && reply.code === 'form_changed') return { kind: 'form-changed' }
    if (reply.status === 409) return { kind: 'conflict', currentRevision: (reply.details as { currentRevision: number }).currentRevision }
    throw failure(reply)
  },

  async lookup(number: string, idLast4: string): Promise<LookupResult> {
    const query = new URLSearchParams({ number: number.trim(), idLast4: idLast4.trim() })
    const reply = await call<ApplicationProgress>('GET', `/api/applications/lookup?${query}`)
    if (reply.ok) return { kind: 'found', progress: reply.body }
    if (reply.status === 404) return { kind: 'not-found' }
    if (reply.status === 400 || reply.status === 422) return { kind: 'bad-number' }
    if (reply.status === 429) return { kind: 'too-many', retryAfterSeconds: retryAfter(reply) }
    throw failure(reply)
  },

  /** Opens the correction notice (补正) with the applicant's whole ID number. */
  async openCorrection(number: string, idNumber: string): Promise<OpenCorrectionResult> {
    const reply = await call<CorrectionForm>('POST', `/api/applications/${enc(number.trim())}/correction`, { idNumber: idNumber.trim() })
    if (reply.ok) return { kind: 'opened', correction: reply.body }
    if (reply.status === 404 || reply.status === 422) return { kind: 'not-found' }
    if (reply.status === 409) return { kind: 'not-awaited' }
    if (reply.status === 429) return { kind: 'too-many', retryAfterSeconds: retryAfter(reply) }
    throw failure(reply)
  },

  /** Resubmits the same application with what the notice named corrected. */
  async resubmit(number: string, body: ResubmitBody): Promise<ResubmitResult> {
    const reply = await call<{ revision: number }>('POST', `/api/applications/${enc(number)}/resubmit`, body)
    if (reply.ok) return { kind: 'resubmitted', revision: reply.body.revision }
    if (reply.status === 422 && reply.code === 'invalid_fields') return { kind: 'invalid', problems: (reply.details as { problems: FieldProblem[] }).problems }
    if (reply.status === 409 || reply.status === 422 || reply.status === 429) return { kind: 'refused', message: reply.message }
    throw failure(reply)
  },
}

const retryAfter = (reply: ErrorReply) => Number((reply.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60)

const enc = encodeURIComponent

async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Reply<T>> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      signal,
    })
  } catch (err) {
    if (signal?.aborted) throw err
    throw new ApiFailure(0, 'network', 'The server could not be reached.')
  }
  const parsed: unknown = response.status === 204 ? null : await response.json().catch(() => undefined)
  if (response.ok) {
    if (parsed === undefined) throw new ApiFailure(response.status, 'bad_body', `The answer from ${path} was not JSON.`)
    return { ok: true, status: response.status, body: parsed as T }
  }
  const error = (parsed as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error
  return {
    ok: false,
    status: response.status,
    code: typeof error?.code === 'string' ? error.code : `http_${response.status}`,
    message: typeof error?.message === 'string' ? error.message : `The server answered ${response.status}.`,
    details: error?.details,
  }
}

function must<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.body
  throw failure(reply)
}

function failure(reply: ErrorReply): ApiFailure {
  return new ApiFailure(reply.status, reply.code, reply.message)
}
