import type { Answers } from '../../core/conditions/condition.ts'
import { ApiFailure } from '../api/api-failure.ts'

/** The kiosk's timers and paper, from GET /api/kiosk/config (server/routes/kiosk.ts). */
export type KioskConfig = { idleSeconds: number; warningSeconds: number; paper: 'a4' | '80mm'; reloadHours: number; handoffTtlMinutes: number }
/** `revokeKey` is this kiosk's alone: the server cancels the code only with it. */
export type Handoff = { code: string; url: string; revokeKey: string; expiresAt: string }
export type HandoffTarget = { kind: 'draft' | 'result'; continueTo: string; expiresAt: string }

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
  deleteDraft: (token: string) => send<void>('DELETE', `/api/drafts/${encodeURIComponent(token)}`),
}

/** `credentials` stays 'omit' (no cookie sent or kept) except for the reset, whose Clear-Site-Data needs it. */
async function send<T>(method: string, path: string, body?: unknown, credentials: RequestCredentials = 'omit', headers: Record<string, string> = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
      credentials,
      // No HTTP cache entry for anything of a visit.
      cache: 'no-store',
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  } catch {
    throw new ApiFailure(0, 'network', 'The server could not be reached.')
  }
  if (response.status === 204) return undefined as T
  const parsed: unknown = await response.json().catch(() => undefined)
  if (!response.ok) {
    const error = (parsed as { error?: { code?: unknown; message?: unknown } } | undefined)?.error
    throw new ApiFailure(response.status, typeof error?.code === 'string' ? error.code : `http_${response.status}`, typeof error?.message === 'string' ? error.message : `The server answered ${response.status}.`)
  }
  return parsed as T
}
