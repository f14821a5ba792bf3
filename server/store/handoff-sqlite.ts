import { handoffLookups, type HandoffStore, type StoredHandoff } from './handoff-store.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import { openSqliteFile } from './sqlite-file.ts'

type Row = { code_hash: string; kind: string; target_sealed: string; created_at: number; expires_at: number; revoked_at: number | null }

// Kept out of the drafts migrations: a hand-off is a 15-minute pointer, not part of a draft's record.
const schema = `CREATE TABLE IF NOT EXISTS handoffs (
  code_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('draft', 'result')),
  target_sealed TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX IF NOT EXISTS handoffs_by_expiry ON handoffs (expires_at);`

/**
 * Hand-offs in an SQLite file (WAL, so several processes on one machine can share it).
 *
 * @example const store = openSqliteHandoffStore(path.join(dataDir, 'handoffs.sqlite'))
 */
export function openSqliteHandoffStore(file: string): HandoffStore {
  const { db } = openSqliteFile(file)
  db.pragma('busy_timeout = 5000')
  db.exec(schema)
  const q = {
    insert: db.prepare(`INSERT INTO handoffs (code_hash, kind, target_sealed, created_at, expires_at, revoked_at)
      VALUES (@codeHash, @kind, @targetSealed, @createdAt, @expiresAt, @revokedAt) ON CONFLICT (code_hash) DO NOTHING`),
    find: db.prepare('SELECT * FROM handoffs WHERE code_hash = ?'),
    revoke: db.prepare('UPDATE handoffs SET revoked_at = COALESCE(revoked_at, ?) WHERE code_hash = ?'),
    deleteExpired: db.prepare('DELETE FROM handoffs WHERE expires_at <= ?'),
  }
  return refuseUnstorable<HandoffStore>({
    kind: 'sqlite',
    async insert(h) {
      const result = q.insert.run({ ...h, createdAt: h.createdAt.getTime(), expiresAt: h.expiresAt.getTime(), revokedAt: h.revokedAt?.getTime() ?? null })
      return result.changes === 1 ? 'ok' : 'duplicate_code'
    },
    async find(codeHash) {
      const row = q.find.get(codeHash) as Row | undefined
      return row ? fromRow(row) : null
    },
    async revoke(codeHash, at) {
      return q.revoke.run(at.getTime(), codeHash).changes === 1
    },
    async deleteExpired(now) {
      return q.deleteExpired.run(now.getTime()).changes
    },
    async close() {
      db.close()
    },
  }, handoffLookups)
}

function fromRow(row: Row): StoredHandoff {
  return {
    codeHash: row.code_hash,
    kind: row.kind === 'draft' ? 'draft' : 'result',
    targetSealed: row.target_sealed,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
  }
}
