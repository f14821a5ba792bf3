import type Database from 'better-sqlite3'
import type pg from 'pg'

/** One line of the append-only audit log: who did what to which record, and the record before and after. */
export type AuditEntry = { at: Date; actor: string; action: string; subject: string; before: unknown; after: unknown }
export type StoredAuditEntry = AuditEntry & { seq: number }

/**
 * The audit insert on one SQLite connection. Call it inside the transaction that makes the change it
 * records, so the change and its entry are written together or not at all.
 *
 * @example const audit = sqliteAuditWriter(db); db.transaction(() => { update(); audit(entry) })()
 */
export function sqliteAuditWriter(db: Database.Database): (entry: AuditEntry) => void {
  const insert = db.prepare('INSERT INTO audit_log (at, actor, action, subject, before, after) VALUES (?, ?, ?, ?, ?, ?)')
  return (e) => void insert.run(+e.at, e.actor, e.action, e.subject, JSON.stringify(e.before ?? null), JSON.stringify(e.after ?? null))
}

/**
 * The audit insert for PostgreSQL. Pass the client of the transaction that makes the change it records
 * (the pool only for an entry that records no change, such as an export).
 */
export async function insertPostgresAudit(db: Pick<pg.Pool, 'query'> | pg.PoolClient, e: AuditEntry): Promise<void> {
  await db.query('INSERT INTO audit_log (at, actor, action, subject, before, after) VALUES ($1, $2, $3, $4, $5, $6)', [
    e.at, e.actor, e.action, e.subject, JSON.stringify(e.before ?? null), JSON.stringify(e.after ?? null),
  ])
}
