import type { Handoff, HandoffTarget, KioskConfig } from '../../core/api/kiosk.ts'
import type { Answers } from '../../core/conditions/condition.ts'
import { draftHeaders } from '../../core/api/draft-token-header.ts'
import { must, request } from '../api/request.ts'

/** The shapes of core/api/kiosk.ts, the server's own definition. */
export type { Handoff, HandoffTarget, KioskConfig }

/**
 * The kiosk's own HTTP calls (config, reset, hand-offs, the drafts it makes and removes), beside the
 * app's content calls in client/api/api.ts. Each resolves with the data or rejects with an ApiFailure.
 */
export const kioskApi = {
  config: () => send<KioskConfig>('GET', '/api/kiosk/config'),
  /** The server answers with Clear-Site-Data. */
  reset: () => send<void>('POST', '/api/kiosk/reset', undefined, 'same-origin'),
  handOffResult: (situation: string, answers: Answers) => send<Handoff>('POST', '/api/handoffs', { kind: 'result', situation, answers }),
  handOffDraft: (draftToken: string) => send<Handoff>('POST', '/api/handoffs', { kind: 'draft', draftToken }),
  resolveHandoff: (code: string) => send<HandoffTarget>('GET', `/api/handoffs/${encodeURIComponent(code)}`),
  revokeHandoff: (code: string, revokeKey: string) => send<void>('DELETE', `/api/handoffs/${encodeURIComponent(code)}`, undefined, 'omit', { authorization: `Bearer ${revokeKey}` }),
  /** A draft prefilled from the journey's answers, for the visitor to finish on their phone. */
  createDraft: (formId: string, answers: Answers) => send<{ token: string; resumeCode: string }>('POST', '/api/drafts', { formId, answers }),
  deleteDraft: (token: string) => send<void>('DELETE', '/api/draft', undefined, 'omit', draftHeaders(token)),
}

/** `credentials` stays 'omit' (no cookie sent or kept) except for the reset, whose Clear-Site-Data needs it; nothing of a visit gets an HTTP cache entry. */
function send<T>(method: string, path: string, body?: unknown, credentials: RequestCredentials = 'omit', headers: Record<string, string> = {}): Promise<T> {
  return request<T>(method, path, { body, credentials, headers }).then(must)
}
