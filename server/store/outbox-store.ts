/** Kinds of message the outbox carries (§6.3). */
export type NotificationKind = 'booking-confirmation' | 'booking-reminder' | 'draft-expiry'
export type Channel = 'email' | 'sms'
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'cancelled'

/** An outbox row. `messageSealed` holds the recipient, subject and text, sealed like drafts. */
export type OutboxMessage = {
  id: string
  dedupeKey: string
  kind: NotificationKind
  channel: Channel
  messageSealed: string
  status: OutboxStatus
  attempts: number
  nextAttemptAt: Date
  lastError: string | null
  sentAt: Date | null
  createdAt: Date
}

/** A message as it is queued: the store sets its status, attempts and outcome. */
export type NewMessage = Omit<OutboxMessage, 'status' | 'attempts' | 'lastError' | 'sentAt'>

/** What one delivery attempt came to: sent, or failed with a retry time (null: give up). */
export type AttemptOutcome = { sent: true; at: Date } | { sent: false; at: Date; error: string; retryAt: Date | null }

const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as number | Date))

/** A row of `notification_outbox` as either driver returns it. */
export function toOutboxMessage(row: Record<string, unknown>): OutboxMessage {
  return {
    id: row.id as string, dedupeKey: row.dedupe_key as string, kind: row.kind as NotificationKind, channel: row.channel as Channel,
    messageSealed: row.message_sealed as string, status: row.status as OutboxStatus, attempts: Number(row.attempts), nextAttemptAt: date(row.next_attempt_at)!,
    lastError: (row.last_error as string | null) ?? null, sentAt: date(row.sent_at), createdAt: date(row.created_at)!,
  }
}

/** How long a claimed message is held before another worker may try it (a worker that died mid-send). */
export const claimMinutes = 5

/**
 * The notification outbox (migration 010), in SQLite (outbox-sqlite.ts) or PostgreSQL
 * (outbox-postgres.ts); outbox-store.contract.ts holds both to it.
 */
export interface OutboxStore {
  /** 'duplicate' when a message with this dedupe key exists (it is left as it is). */
  enqueue(message: NewMessage): Promise<'ok' | 'duplicate'>
  /**
   * For a message that moves with what it is about (a draft's expiry warning moves with each save): puts
   * it under its dedupe key, pending at its time with its text, replacing whatever the key held — a
   * pending one, one cancelled when the address was removed, or one sent for an expiry since moved on.
   */
  schedule(message: NewMessage): Promise<void>
  /** Claims up to `limit` pending messages due at `now`, oldest first, moving them on by `claimMinutes` so no other worker takes them. */
  claimDue(now: Date, limit: number): Promise<OutboxMessage[]>
  /** Records an attempt: sent, pending again at `retryAt`, or failed for good. */
  recordAttempt(id: string, outcome: AttemptOutcome): Promise<void>
  /** Cancels a message not yet sent (a cancelled booking's reminder). False when there is none pending. */
  cancel(dedupeKey: string): Promise<boolean>
  find(id: string): Promise<OutboxMessage | null>
}
