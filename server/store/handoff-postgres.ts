import pg from 'pg'
import { handoffLookups, type HandoffStore, type StoredHandoff } from './handoff-store.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'

type Row = { code_hash: string; kind: string; target_sealed: string; created_at: Date; expires_at: Date; revoked_at: Date | null }

export type PostgresHandoffOptions = {
  connectionString: string
  /** A schema to use instead of `public` (tests use a fresh one per run). Must already exist. */
  schema?: string
  max?: number
}

// Serialises the CREATE TABLE when several instances start at once (IF NOT EXISTS alone can race).
const SCHEMA_LOCK = 0x6b69_6f73

/**
 * Hand-offs in PostgreSQL, so a code made on one server instance opens on any other.
 *
 * @example const store = await openPostgresHandoffStore({ connectionString: settings.databaseUrl })
 */
export async function openPostgresHandoffStore(options: PostgresHandoffOptions): Promise<HandoffStore> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`Bad schema name "${options.schema}"`)
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 4,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  })
  pool.on('error', (err) => console.error(`[postgres] idle client error: ${err.message}`))
  try {
    await createTable(pool)
  } catch (err) {
    await pool.end()
    throw err
  }
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
      return rows[0] ? fromRow(rows[0]) : null
    },
    async revoke(codeHash, at) {
      const result = await pool.query('UPDATE handoffs SET revoked_at = COALESCE(revoked_at, $1) WHERE code_hash = $2', [at, codeHash])
      return result.rowCount === 1
    },
    async deleteExpired(now) {
      return (await pool.query('DELETE FROM handoffs WHERE expires_at <= $1', [now])).rowCount ?? 0
    },
    async close() {
      await pool.end()
    },
  }, handoffLookups)
}

async function createTable(pool: pg.Pool): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK])
    await client.query(`CREATE TABLE IF NOT EXISTS handoffs (
      code_hash TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('draft', 'result')),
      target_sealed TEXT NOT NULL,
      created_at TIMESTAMPTZ NOT NULL,
      expires_at TIMESTAMPTZ NOT NULL,
      revoked_at TIMESTAMPTZ
    )`)
    await client.query('CREATE INDEX IF NOT EXISTS handoffs_by_expiry ON handoffs (expires_at)')
    await client.query('COMMIT')
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw err
  } finally {
    client.release()
  }
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
