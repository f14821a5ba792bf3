import { identityLookups, type IdentityStore, type StoredSession } from './identity-store.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import { openSqliteFile } from './sqlite-file.ts'
import { migrateSqlite, toApplication, toDraft } from './sqlite.ts'

type Row = Record<string, unknown>

/**
 * Sessions and ownership in the drafts' SQLite file (its own connection, as feedback has). Migrates on open.
 *
 * @example const identity = openSqliteIdentityStore(path.join(dataDir, 'drafts.sqlite'))
 */
export function openSqliteIdentityStore(file: string): IdentityStore {
  const { db } = openSqliteFile(file)
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  migrateSqlite(db)
  const q = {
    insert: db.prepare(`INSERT INTO citizen_sessions (id_hash, citizen, citizen_sealed, id_token_sealed, created_at, expires_at)
      VALUES (@idHash, @citizen, @citizenSealed, @idTokenSealed, @createdAt, @expiresAt)`),
    find: db.prepare('SELECT * FROM citizen_sessions WHERE id_hash = ?'),
    renew: db.prepare('UPDATE citizen_sessions SET expires_at = ? WHERE id_hash = ?'),
    delete: db.prepare('DELETE FROM citizen_sessions WHERE id_hash = ?'),
    deleteExpired: db.prepare('DELETE FROM citizen_sessions WHERE expires_at <= ?'),
    adopt: db.prepare('INSERT INTO citizen_drafts (token_hash, citizen, adopted_at) VALUES (?, ?, ?) ON CONFLICT (token_hash) DO NOTHING'),
    owner: db.prepare('SELECT citizen FROM citizen_drafts WHERE token_hash = ?').pluck(),
    drafts: db.prepare(`SELECT d.* FROM drafts d JOIN citizen_drafts o ON o.token_hash = d.token_hash WHERE o.citizen = ? ORDER BY d.updated_at DESC`),
    applications: db.prepare(`SELECT a.* FROM applications a JOIN citizen_drafts o ON o.token_hash = a.draft_token_hash
      WHERE o.citizen = ? ORDER BY a.submitted_at DESC`),
  }
  return refuseUnstorable<IdentityStore>({
    kind: 'sqlite',
    async insertSession(s) {
      q.insert.run({ ...s, createdAt: +s.createdAt, expiresAt: +s.expiresAt })
    },
    async findSession(idHash) {
      const r = q.find.get(idHash) as Row | undefined
      return r ? toSession(r, (v) => new Date(v as number)) : null
    },
    async renewSession(idHash, expiresAt) {
      return q.renew.run(+expiresAt, idHash).changes === 1
    },
    async deleteSession(idHash) {
      return q.delete.run(idHash).changes === 1
    },
    async deleteExpiredSessions(now) {
      return q.deleteExpired.run(+now).changes
    },
    async adoptDrafts(citizen, tokenHashes, at) {
      return db.transaction(() => tokenHashes.filter((h) => (q.adopt.run(h, citizen, +at), q.owner.get(h) === citizen)))()
    },
    async ownedDrafts(citizen) {
      return (q.drafts.all(citizen) as Row[]).map((r) => toDraft(r)!)
    },
    async ownedApplications(citizen) {
      return (q.applications.all(citizen) as Row[]).map((r) => toApplication(r)!)
    },
    async close() {
      db.close()
    },
  }, identityLookups)
}

export function toSession(r: Row, time: (v: unknown) => Date): StoredSession {
  return {
    idHash: r.id_hash as string, citizen: r.citizen as string, citizenSealed: r.citizen_sealed as string,
    idTokenSealed: (r.id_token_sealed as string | null) ?? null, createdAt: time(r.created_at), expiresAt: time(r.expires_at),
  }
}
