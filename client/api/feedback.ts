import type { CaseReceipt, EvaluationAnswer, EvaluationTarget, FaqEntry, TicketBody, TicketView } from '../../core/api/feedback.ts'
import type { QueueApplication, QueueCase, StaffCase, StaffFunnel, StaffQueue, StaffStatistics, StatusChanged } from '../../core/api/staff.ts'
import type { Urgency } from '../../core/feedback/deadlines.ts'
import type { plainStaffMoves } from '../../core/forms/application-status.ts'
import type { CorrectionRequest } from '../../core/review/correction-notice.ts'
import type { RefusalRequest } from '../../core/review/refusal.ts'
import type { ApplicationReview } from '../../core/review/review-views.ts'
import type { Grades } from '../../core/feedback/grades.ts'
import type { JourneyEvent } from '../../core/feedback/journey-events.ts'
import { ApiFailure } from './api-failure.ts'
import type { Licence } from './licences.ts'
import { detailsOf, request } from './request.ts'

/** A refusal the page shows as data (wrong password, already rated, too many attempts), never a crash. */
export type Refusal = { ok: false; status: number; code: string; message: string; retryAfterSeconds?: number; problems?: { pointer: string; message: string }[] }
export type Reply<T> = { ok: true; body: T } | Refusal

/** The answers' types, from the zod contracts the server and its OpenAPI document use. */
export type { CaseReceipt, EvaluationTarget, FaqEntry, QueueApplication, QueueCase, StaffCase, StaffFunnel, StaffQueue, StaffStatistics, StatusChanged, Urgency }
export type CitizenCase = TicketView

const enc = encodeURIComponent

/** Citizens' side of 好差评 and tickets. Refusals resolve as values; a network failure rejects with ApiFailure. */
export const feedbackApi = {
  /** `contact` (with a bad grade) tells staff how to reach the citizen about the follow-up. */
  rate: (target: EvaluationTarget, grades: Grades, comment: string, contact = '') =>
    call<EvaluationAnswer>('POST', '/api/evaluations', { ...target, grades, ...(comment.trim() ? { comment: comment.trim() } : {}), ...(contact.trim() ? { contact: contact.trim() } : {}) }),
  fileTicket: (body: TicketBody) => call<CaseReceipt>('POST', '/api/tickets', body),
  lookup: (number: string, password: string) => call<TicketView>('GET', `/api/tickets/lookup?${new URLSearchParams({ number: number.trim(), password: password.trim() })}`),
  rateAnswer: (number: string, password: string, grade: number) => call<TicketView>('POST', '/api/tickets/rate', { number: number.trim(), password: password.trim(), grade }),
  faq: (matterId: string) => call<{ faq: FaqEntry[] }>('GET', `/api/matters/${enc(matterId)}/faq`),
  /** Fire and forget: a lost journey event must never disturb the citizen. */
  journeyEvent(event: JourneyEvent): void {
    const body = JSON.stringify(event)
    if (typeof navigator !== 'undefined' && navigator.sendBeacon?.('/api/analytics/events', new Blob([body], { type: 'application/json' }))) return
    void fetch('/api/analytics/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body, keepalive: true }).catch(() => undefined)
  },
}

/** The staff desk's calls, each with the bearer token. */
export function staffApi(token: string) {
  const auth = { authorization: `Bearer ${token}` }
  return {
    me: () => call<{ name: string }>('GET', '/api/staff/me', undefined, auth),
    queue: () => call<StaffQueue>('GET', '/api/staff/queue', undefined, auth),
    kase: (number: string) => call<StaffCase>('GET', `/api/staff/cases/${enc(number)}`, undefined, auth),
    answer: (number: string, answer: string) => call<StaffCase>('POST', `/api/staff/cases/${enc(number)}/answer`, { answer }, auth),
    publishFaq: (number: string, question: string, published: boolean) => call<StaffCase>('POST', `/api/staff/cases/${enc(number)}/faq`, { question, published }, auth),
    review: (number: string) => call<ApplicationReview>('GET', `/api/staff/applications/${enc(number)}`, undefined, auth),
    moveApplication: (number: string, body: { status: (typeof plainStaffMoves)[number]; note?: string }) =>
      call<StatusChanged>('POST', `/api/staff/applications/${enc(number)}/status`, body, auth),
    requestCorrections: (number: string, body: CorrectionRequest) => call<StatusChanged>('POST', `/api/staff/applications/${enc(number)}/corrections`, body, auth),
    refuse: (number: string, body: RefusalRequest) => call<StatusChanged>('POST', `/api/staff/applications/${enc(number)}/refusal`, body, auth),
    /** A licence by its number, its /verify address or its application's number. */
    findLicence: (reference: string) => call<Licence>('GET', `/api/staff/licences?${new URLSearchParams({ find: reference })}`, undefined, auth),
    revokeLicence: (id: string, reason: string) => call<Licence>('POST', `/api/staff/licences/${enc(id)}/revoke`, { reason }, auth),
    statistics: () => call<StaffStatistics>('GET', '/api/staff/statistics', undefined, auth),
    funnel: () => call<StaffFunnel>('GET', '/api/staff/funnel', undefined, auth),
    async auditFile(format: 'csv' | 'jsonl'): Promise<Blob | null> {
      const res = await fetch(`/api/staff/audit?format=${format}`, { headers: auth, cache: 'no-store' }).catch(() => {
        throw new ApiFailure(0, 'network', 'The server could not be reached.')
      })
      return res.ok ? res.blob() : null
    },
  }
}

/** A call whose refusals a page shows as data; `retryAfterSeconds` comes from a 429's details, `problems` from a 422's. Shared by the live hall API (live.ts). */
export async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
  const reply = await request<T>(method, path, { body, headers })
  if (reply.ok) return { ok: true, body: reply.body }
  const retryAfterSeconds = detailsOf(reply, 'too_many_attempts')?.retryAfterSeconds
  const problems = Array.isArray(reply.details) ? (reply.details as { pointer: string; message: string }[]) : undefined
  return { ok: false, status: reply.status, code: reply.code, message: reply.message, ...(retryAfterSeconds ? { retryAfterSeconds } : {}), ...(problems ? { problems } : {}) }
}
