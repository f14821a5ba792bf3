import type { Refusal, Reply } from '../api/feedback.ts'
import { t } from '../app/i18n.svelte.ts'

/** What a refusal means to the citizen, in their language; the server's English message is the fallback. */
export function refusalText(refusal: Refusal): string {
  if (refusal.status === 429) return t('feedback.too-many', { seconds: refusal.retryAfterSeconds ?? 60 })
  const key = {
    already_rated: 'feedback.already-rated',
    application_not_found: 'feedback.application-not-found',
    bad_application_number: 'feedback.application-not-found',
    ticket_not_found: 'ticket.not-found',
    cannot_rate: 'ticket.cannot-rate',
    invalid_request: 'feedback.invalid',
  }[refusal.code]
  return key ? t(key) : refusal.message
}

/**
 * Sends one of the citizen's feedback forms: the answer, or the words for what went wrong (a refusal,
 * or no connection), so a page shows either without a try/catch of its own.
 *
 * @example const sent = await sendFeedback(() => feedbackApi.fileTicket(body)); if (sent.ok) receipt = sent.body; else problem = sent.problem
 */
export async function sendFeedback<T>(send: () => Promise<Reply<T>>): Promise<{ ok: true; body: T } | { ok: false; problem: string }> {
  try {
    const reply = await send()
    return reply.ok ? reply : { ok: false, problem: refusalText(reply) }
  } catch {
    return { ok: false, problem: t('feedback.offline') }
  }
}
