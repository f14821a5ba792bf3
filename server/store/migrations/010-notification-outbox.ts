import { bothDialects } from './dialect.ts'

/**
 * The notification outbox (GB/T 32168 §6.3, issue 18): every message the product means to send (a
 * booking's confirmation and reminder, a draft's expiry warning) is a row first, then delivered by a
 * worker with retries. `dedupe_key` makes enqueueing the same message twice a no-op; `next_attempt_at`
 * is both the retry time and the claim (a worker moves it on before sending, so two instances never
 * send one row at once). The message (recipient, subject, text) is sealed.
 */
export const notificationOutbox = bothDialects(10, 'notification-outbox', (d) => `
    CREATE TABLE notification_outbox (
      id TEXT PRIMARY KEY,
      dedupe_key TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
      message_sealed TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at ${d.time} NOT NULL,
      last_error TEXT,
      sent_at ${d.time},
      created_at ${d.time} NOT NULL
    );
    CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at);
  `)
