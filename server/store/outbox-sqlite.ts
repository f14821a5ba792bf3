import { claimMinutes, toOutboxMessage, type OutboxStore } from './outbox-store.ts'
import type { Row } from './row-reader.ts'
import type { SqliteDatabase } from './sqlite-database.ts'

/**
 * The notification outbox on the process's SQLite connection (migration 010); writes share the drafts'
 * group commit. One process: a claim is one UPDATE ... RETURNING.
 */
export function sqliteOutboxStore({ db, write }: SqliteDatabase): OutboxStore {
  const q = {
    enqueue: db.prepare(`INSERT INTO notification_outbox (id, dedupe_key, kind, channel, message_sealed, status, attempts, next_attempt_at, created_at)
      VALUES (@id, @dedupeKey, @kind, @channel, @messageSealed, 'pending', 0, @nextAttemptAt, @createdAt) ON CONFLICT (dedupe_key) DO NOTHING`),
    schedule: db.prepare(`INSERT INTO notification_outbox (id, dedupe_key, kind, channel, message_sealed, status, attempts, next_attempt_at, created_at)
      VALUES (@id, @dedupeKey, @kind, @channel, @messageSealed, 'pending', 0, @nextAttemptAt, @createdAt) ON CONFLICT (dedupe_key) DO UPDATE SET
      message_sealed = excluded.message_sealed, next_attempt_at = excluded.next_attempt_at, status = 'pending', attempts = 0, last_error = NULL, sent_at = NULL`),
    claim: db.prepare(`UPDATE notification_outbox SET next_attempt_at = @until WHERE id IN (
      SELECT id FROM notification_outbox WHERE status = 'pending' AND next_attempt_at <= @now ORDER BY next_attempt_at, created_at LIMIT @limit) RETURNING *`),
    sent: db.prepare(`UPDATE notification_outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL WHERE id = ? AND status = 'pending'`),
    failed: db.prepare(`UPDATE notification_outbox SET status = CASE WHEN @retryAt IS NULL THEN 'failed' ELSE 'pending' END, attempts = attempts + 1,
      last_error = @error, next_attempt_at = COALESCE(@retryAt, next_attempt_at) WHERE id = @id AND status = 'pending'`),
    cancel: db.prepare(`UPDATE notification_outbox SET status = 'cancelled' WHERE dedupe_key = ? AND status = 'pending'`),
    find: db.prepare('SELECT * FROM notification_outbox WHERE id = ?'),
  }
  return {
    async enqueue(m) {
      const row = { ...m, nextAttemptAt: m.nextAttemptAt.getTime(), createdAt: m.createdAt.getTime() }
      return (await write(() => q.enqueue.run(row).changes)) === 1 ? 'ok' : 'duplicate'
    },
    async schedule(m) {
      await write(() => q.schedule.run({ ...m, nextAttemptAt: m.nextAttemptAt.getTime(), createdAt: m.createdAt.getTime() }))
    },
    async claimDue(now, limit) {
      const rows = await write(() => q.claim.all({ now: now.getTime(), until: now.getTime() + claimMinutes * 60_000, limit }) as Row[])
      return rows.map(toOutboxMessage).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    },
    async recordAttempt(id, o) {
      await write(() => (o.sent ? q.sent.run(o.at.getTime(), id) : q.failed.run({ id, error: o.error.slice(0, 500), retryAt: o.retryAt?.getTime() ?? null })))
    },
    async cancel(dedupeKey) {
      return (await write(() => q.cancel.run(dedupeKey).changes)) === 1
    },
    async find(id) {
      const row = q.find.get(id) as Row | undefined
      return row ? toOutboxMessage(row) : null
    },
  }
}
