import pg from 'pg'
import { migrations } from './migrations/index.ts'

export type PostgresOptions = {
  connectionString: string
  /** A schema to use instead of `public` (tests use a fresh one per run). Must already exist. */
  schema?: string
  /** Connections in the pool (10 by default): every store of the process shares them. */
  max?: number
}

/** Anything that runs a query: the pool, or the client of a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient

/**
 * The process's one PostgreSQL pool, shared by every store (drafts, feedback, hand-offs, rate limits),
 * and the one transaction helper they use.
 */
export type PostgresDatabase = {
  readonly kind: 'postgres'
  readonly pool: pg.Pool
  /** Runs `work` between BEGIN and COMMIT on one client; rolls back and rethrows if it throws. */
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T>
  close(): Promise<void>
}

// Serialises migrations when several server instances start at once.
const MIGRATION_LOCK = 0x6a63_6472

/**
 * Opens the pool on the options' database (and schema) and applies pending migrations, under an
 * advisory lock; ends the pool again if migrating fails.
 *
 * @example const database = await openPostgresDatabase({ connectionString: settings.databaseUrl })
 */
export async function openPostgresDatabase(options: PostgresOptions): Promise<PostgresDatabase> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`Bad schema name "${options.schema}"`)
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10, ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}) })
  pool.on('error', (err) => console.error(`[postgres] idle client error: ${err.message}`))
  const database: PostgresDatabase = { kind: 'postgres', pool, transaction: (work) => transaction(pool, work), close: () => pool.end() }
  try {
    await migratePostgres(database)
  } catch (err) {
    await pool.end()
    throw err
  }
  return database
}

async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw err
  } finally {
    client.release()
  }
}

/**
 * Applies every migration newer than the database, all in one transaction that holds the migration
 * lock, so a second instance starting meanwhile waits and then finds nothing left to do. Returns the
 * version reached.
 */
export async function migratePostgres(database: Pick<PostgresDatabase, 'transaction'>): Promise<number> {
  await database.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)')
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations')
    const applied = new Set(rows.map((r) => r.version))
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue
      await client.query(migration.postgres)
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [migration.version, migration.name])
    }
  })
  return Math.max(0, ...migrations.map((m) => m.version))
}
