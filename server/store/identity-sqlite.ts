import { toApplication, toDraft } from './draft-rows.ts'
import { identityLookups, toSession, type IdentityStore } from './identity-store.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import { sqliteReader, type Row } from './row-reader.ts'
import type { SqliteDatabase } from './sqlite-database.ts'

/**
 * Sessions and ownership on the process's SQLite connection (tables of migration 006); writes share the
 * drafts' group commit.
 *
 * @example const identity = sqliteIdentityStore(openSqliteDatabase(path.join(dataDir, 'drafts.sqlite')))
 */
export function sqliteIdentityStore({ db, write }: SqliteDatabase): IdentityStore {
  const q = {
    insert: db.prepare(`INSERT INTO citizen_sessions (id_hash, citizen, citizen_sealed, id_token_sealed, created_at, expires_at)
      VALUES (@idHash, @citizen, @citizenSealed, @idTokenSealed, @createdAt, @expiresAt)`),
    find: db.prepare('SELECT * FROM citizen_sessions WHERE id_hash = ?'),
    renew: db.prepare('UPDATE citizen_sessions SET expires_at = ? WHERE id_hash = ?'),
    delete: db.prepare('DELETE FROM citizen_sessions WHERE id_hash = ?'),
    deleteExpired: db.prepare('DELETE FROM citizen_sessions WHERE expires_at <= ?'),
    adopt: db.prepare('INSERT INTO citizen_drafts (token_hash, citizen, adopted_at) VALUES (?, ?, ?) ON CONFLICT (token_hash) DO NOTHING'),
    owner: db.prepare('SELECT citizen FROM citizen_drafts WHERE token_hash = ?').pluck(),
    drafts: db.prepare('SELECT d.* FROM drafts d JOIN citizen_drafts o ON o.token_hash = d.token_hash WHERE o.citizen = ? ORDER BY d.updated_at DESC'),
    applications: db.prepare(`SELECT a.* FROM applications a JOIN citizen_drafts o ON o.token_hash = a.draft_token_hash
      WHERE o.citizen = ? ORDER BY a.submitted_at DESC`),
  }
  return refuseUnstorable<IdentityStore>({
    kind: 'sqlite',
    async insertSession(s) {
      await write(() => q.insert.run({ ...s, createdAt: +s.createdAt, expiresAt: +s.expiresAt }))
    },
    async findSession(idHash) {
      const r = q.find.get(idHash) as Row | undefined
      return r ? toSession(r, sqliteReader) : null
    },
    renewSession: async (idHash, expiresAt) => (await write(() => q.renew.run(+expiresAt, idHash).changes)) === 1,
    deleteSession: async (idHash) => (await write(() => q.delete.run(idHash).changes)) === 1,
    deleteExpiredSessions: async (now) => q.deleteExpired.run(+now).changes,
    adoptDrafts: (citizen, tokenHashes, at) => write(() => tokenHashes.filter((h) => (q.adopt.run(h, citizen, +at), q.owner.get(h) === citizen))),
    ownedDrafts: async (citizen) => (q.drafts.all(citizen) as Row[]).map((r) => toDraft(r, sqliteReader)!),
    ownedApplications: async (citizen) => (q.applications.all(citizen) as Row[]).map((r) => toApplication(r, sqliteReader)!),
  }, identityLookups)
}
