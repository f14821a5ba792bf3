import { handoffLookups, toHandoff, type HandoffStore } from './handoff-store.ts'
import type { PostgresDatabase } from './postgres-database.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import type { Row } from './row-reader.ts'

/**
 * Hand-offs on the process's PostgreSQL pool (table `handoffs`, migration 005), so a code made on one
 * server instance opens on any other.
 *
 * @example const store = postgresHandoffStore(await openPostgresDatabase({ connectionString: settings.databaseUrl }))
 */
export function postgresHandoffStore({ pool }: PostgresDatabase): HandoffStore {
  return refuseUnstorable<HandoffStore>({
    kind: 'postgres',
    async insert(h) {
      const result = await pool.query(
        `INSERT INTO handoffs (code_hash, kind, target_sealed, created_at, expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (code_hash) DO NOTHING`,
        [h.codeHash, h.kind, h.targetSealed, h.createdAt, h.expiresAt, h.revokedAt],
      )
      return result.rowCount === 1 ? 'ok' : 'duplicate_code'
    },
    async find(codeHash) {
      const { rows } = await pool.query<Row>('SELECT * FROM handoffs WHERE code_hash = $1', [codeHash])
      return rows[0] ? toHandoff(rows[0]) : null
    },
    async revoke(codeHash, at) {
      const result = await pool.query('UPDATE handoffs SET revoked_at = COALESCE(revoked_at, $1) WHERE code_hash = $2', [at, codeHash])
      return result.rowCount === 1
    },
    async deleteExpired(now) {
      return (await pool.query('DELETE FROM handoffs WHERE expires_at <= $1', [now])).rowCount ?? 0
    },
  }, handoffLookups)
}
