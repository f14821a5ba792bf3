import { nextAttemptAt } from '../../core/notifications/delivery-retry.ts'
import type { PersonalDataCipher } from '../crypto/cipher.ts'
import type { Channel, OutboxStore } from '../store/outbox-store.ts'
import type { Notification, Sender } from './senders.ts'

export type DeliveryDeps = {
  store: OutboxStore
  crypto: Pick<PersonalDataCipher, 'open'>
  /** Per channel, its sender; null where none is configured. */
  senders: Record<Channel, Sender | null>
  clock: () => Date
}

const unconfigured: Record<Channel, string> = {
  email: 'no SMTP server is configured (SMTP_URL is unset)',
  sms: 'no SMS provider is configured',
}

/**
 * Sends what is due in the outbox, up to `limit`: each message on its channel, then records the
 * attempt (sent; or failed with the transport's error and retried after 1, 5, 30 and 120 minutes,
 * then failed for good). A channel without a sender fails its messages at once, saying so.
 * Returns how many were sent and how many failed this round.
 *
 * @example setInterval(() => deliverDue(deps), 30_000)
 */
export async function deliverDue(deps: DeliveryDeps, limit = 50): Promise<{ sent: number; failed: number }> {
  const due = await deps.store.claimDue(deps.clock(), limit)
  let sent = 0
  for (const m of due) {
    const sender = deps.senders[m.channel]
    try {
      if (!sender) throw new Error(unconfigured[m.channel])
      await sender.send(JSON.parse(deps.crypto.open(m.messageSealed)) as Notification)
      await deps.store.recordAttempt(m.id, { sent: true, at: deps.clock() })
      sent += 1
    } catch (e) {
      const at = deps.clock()
      await deps.store.recordAttempt(m.id, { sent: false, at, error: (e as Error).message, retryAt: sender ? nextAttemptAt(m.attempts + 1, at) : null })
    }
  }
  return { sent, failed: due.length - sent }
}
