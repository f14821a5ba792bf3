import { toApplication, toDraft } from './draft-rows.ts'
import { identityLookups, toSession, type IdentityStore } from './identity-store.ts'
import type { PostgresDatabase } from './postgres-database.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import { postgresReader, type Row } from './row-reader.ts'

/**
 * Sessions and ownership on the process's PostgreSQL pool (tables of migration 006).
 *
 * @example const identity = postgresIdentityStore(await openPostgresDatabase({ connectionString: settings.databaseUrl }))
 */
export function postgresIdentityStore({ pool }: PostgresDatabase): IdentityStore {
  const rows = async (sql: string, params: unknown[]) => (await pool.query<Row>(sql, params)).rows
  const count = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rowCount ?? 0
  return refuseUnstorable<IdentityStore>({
    kind: 'postgres',
    async insertSession(s) {
      await pool.query('INSERT INTO citizen_sessions (id_hash, citizen, citizen_sealed, id_token_sealed, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        s.idHash, s.citizen, s.citizenSealed, s.idTokenSealed, s.createdAt, s.expiresAt,
      ])
    },
    async findSession(idHash) {
      const [r] = await rows('SELECT * FROM citizen_sessions WHERE id_hash = $1', [idHash])
      return r ? toSession(r, postgresReader) : null
    },
    renewSession: async (idHash, expiresAt) => (await count('UPDATE citizen_sessions SET expires_at = $1 WHERE id_hash = $2', [expiresAt, idHash])) === 1,
    deleteSession: async (idHash) => (await count('DELETE FROM citizen_sessions WHERE id_hash = $1', [idHash])) === 1,
    deleteExpiredSessions: (now) => count('DELETE FROM citizen_sessions WHERE expires_at <= $1', [now]),
    async adoptDrafts(citizen, tokenHashes, at) {
      if (tokenHashes.length === 0) return []
      await pool.query('INSERT INTO citizen_drafts (token_hash, citizen, adopted_at) SELECT unnest($1::text[]), $2, $3 ON CONFLICT (token_hash) DO NOTHING', [tokenHashes, citizen, at])
      const mine = new Set((await rows('SELECT token_hash FROM citizen_drafts WHERE token_hash = ANY($1::text[]) AND citizen = $2', [tokenHashes, citizen])).map((r) => r.token_hash as string))
      return tokenHashes.filter((h) => mine.has(h))
    },
    ownedDrafts: async (citizen) =>
      (await rows('SELECT d.* FROM drafts d JOIN citizen_drafts o ON o.token_hash = d.token_hash WHERE o.citizen = $1 ORDER BY d.updated_at DESC', [citizen])).map((r) => toDraft(r, postgresReader)!),
    ownedApplications: async (citizen) =>
      (await rows('SELECT a.* FROM applications a JOIN citizen_drafts o ON o.token_hash = a.draft_token_hash WHERE o.citizen = $1 ORDER BY a.submitted_at DESC', [citizen])).map(
        (r) => toApplication(r, postgresReader)!,
      ),
  }, identityLookups)
}
