import { handoffLookups, toHandoff, type HandoffStore } from './handoff-store.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import type { Row } from './row-reader.ts'
import type { SqliteDatabase } from './sqlite-database.ts'

/**
 * Hand-offs on the process's SQLite connection (table `handoffs`, migration 005); writes share the
 * drafts' group commit.
 *
 * @example const store = sqliteHandoffStore(openSqliteDatabase(path.join(dataDir, 'drafts.sqlite')))
 */
export function sqliteHandoffStore({ db, write }: SqliteDatabase): HandoffStore {
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
      const row = { ...h, createdAt: h.createdAt.getTime(), expiresAt: h.expiresAt.getTime(), revokedAt: h.revokedAt?.getTime() ?? null }
      return (await write(() => q.insert.run(row).changes)) === 1 ? 'ok' : 'duplicate_code'
    },
    async find(codeHash) {
      const row = q.find.get(codeHash) as Row | undefined
      return row ? toHandoff(row) : null
    },
    async revoke(codeHash, at) {
      return (await write(() => q.revoke.run(at.getTime(), codeHash).changes)) === 1
    },
    async deleteExpired(now) {
      // Not through the group commit: a purge is acknowledged to nobody, and one statement commits on its own.
      return q.deleteExpired.run(now.getTime()).changes
    },
  }, handoffLookups)
}
