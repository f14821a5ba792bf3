import { claimMinutes, toOutboxMessage, type OutboxStore } from './outbox-store.ts'
import type { PostgresDatabase } from './postgres-database.ts'
import type { Row } from './row-reader.ts'

/**
 * The notification outbox on the process's PostgreSQL pool (migration 010). A claim skips rows another
 * instance holds locked, so two instances never send one message at once.
 */
export function postgresOutboxStore({ pool }: PostgresDatabase): OutboxStore {
  return {
    async enqueue(m) {
      const r = await pool.query(
        `INSERT INTO notification_outbox (id, dedupe_key, kind, channel, message_sealed, status, attempts, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $7) ON CONFLICT (dedupe_key) DO NOTHING`,
        [m.id, m.dedupeKey, m.kind, m.channel, m.messageSealed, m.nextAttemptAt, m.createdAt],
      )
      return r.rowCount === 1 ? 'ok' : 'duplicate'
    },
    async schedule(m) {
      await pool.query(
        `INSERT INTO notification_outbox (id, dedupe_key, kind, channel, message_sealed, status, attempts, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $7) ON CONFLICT (dedupe_key) DO UPDATE SET
         message_sealed = excluded.message_sealed, next_attempt_at = excluded.next_attempt_at, status = 'pending', attempts = 0, last_error = NULL, sent_at = NULL`,
        [m.id, m.dedupeKey, m.kind, m.channel, m.messageSealed, m.nextAttemptAt, m.createdAt],
      )
    },
    async claimDue(now, limit) {
      const { rows } = await pool.query<Row>(
        `UPDATE notification_outbox SET next_attempt_at = $2 WHERE id IN (
           SELECT id FROM notification_outbox WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY next_attempt_at, created_at LIMIT $3 FOR UPDATE SKIP LOCKED)
         RETURNING *`,
        [now, new Date(now.getTime() + claimMinutes * 60_000), limit],
      )
      return rows.map(toOutboxMessage).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    },
    async recordAttempt(id, o) {
      if (o.sent) await pool.query(`UPDATE notification_outbox SET status = 'sent', attempts = attempts + 1, sent_at = $2, last_error = NULL WHERE id = $1 AND status = 'pending'`, [id, o.at])
      else {
        await pool.query(
          `UPDATE notification_outbox SET status = CASE WHEN $3::timestamptz IS NULL THEN 'failed' ELSE 'pending' END, attempts = attempts + 1,
           last_error = $2, next_attempt_at = COALESCE($3::timestamptz, next_attempt_at) WHERE id = $1 AND status = 'pending'`,
          [id, o.error.slice(0, 500), o.retryAt],
        )
      }
    },
    async cancel(dedupeKey) {
      return (await pool.query(`UPDATE notification_outbox SET status = 'cancelled' WHERE dedupe_key = $1 AND status = 'pending'`, [dedupeKey])).rowCount === 1
    },
    async find(id) {
      const { rows } = await pool.query<Row>('SELECT * FROM notification_outbox WHERE id = $1', [id])
      return rows[0] ? toOutboxMessage(rows[0]) : null
    },
  }
}
