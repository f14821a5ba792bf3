import type { PersonalDataCipher } from '../crypto/cipher.ts'
import type { OutboxStore } from '../store/outbox-store.ts'
import { deliverDue } from './deliver-outbox.ts'
import { smtpSender, type SmsProvider } from './senders.ts'

/** How often the outbox is looked at for messages that are due. */
export const deliveryIntervalMs = 30_000

/**
 * The delivery worker: every 30 s, sends what is due in the outbox. E-mail goes over SMTP when
 * `smtp` is given (SMTP_URL, MAIL_FROM); SMS through `sms`, a provider the operator plugs in
 * (see SmsProvider in senders.ts), none by default. Returns the stop.
 *
 * @example const stop = startDelivery({ store: stores.outbox, crypto, smtp: null, sms: null, clock, log })
 */
export function startDelivery(options: { store: OutboxStore; crypto: PersonalDataCipher; smtp: { url: string; from: string } | null; sms: SmsProvider | null; clock: () => Date; log: (m: string) => void }): () => void {
  const email = options.smtp ? smtpSender(options.smtp) : null
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    deliverDue({ store: options.store, crypto: options.crypto, senders: { email, sms: options.sms }, clock: options.clock })
      .then((r) => r.failed > 0 && options.log(`notifications: ${r.sent} sent, ${r.failed} not sent (see notification_outbox.last_error)`))
      .catch((e: Error) => options.log(`notifications: ${e.message}`))
      .finally(() => (running = false))
  }, deliveryIntervalMs)
  timer.unref()
  return () => {
    clearInterval(timer)
    email?.close()
  }
}
