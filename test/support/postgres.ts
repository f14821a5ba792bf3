import { randomBytes } from 'node:crypto'
import pg from 'pg'

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test'

/**
 * The PostgreSQL the tests use: TEST_DATABASE_URL, or the local default. Checks that it answers and
 * otherwise fails saying how to provide one; PostgreSQL tests are never skipped silently.
 */
export async function testDatabaseUrl(): Promise<string> {
  const url = process.env.TEST_DATABASE_URL || DEFAULT_URL
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (err) {
    throw new Error(
      `No PostgreSQL answers at ${url} (${(err as Error).message}). The repository tests need one. Either set ` +
        `TEST_DATABASE_URL=postgres://user:password@host:5432/database, or install and start a local one: ` +
        `sudo apt-get install -y postgresql && sudo service postgresql start && ` +
        `sudo -u postgres psql -c "ALTER USER postgres PASSWORD NULL" -c "CREATE DATABASE test" ` +
        `(and allow local trust authentication in pg_hba.conf).`,
    )
  } finally {
    await client.end().catch(() => undefined)
  }
  return url
}

/** A fresh schema for one test run, so parallel runs never see each other's rows; `drop` removes it. */
export async function createTestSchema(url: string): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(`CREATE SCHEMA ${schema}`)
  } finally {
    await client.end()
  }
  return {
    schema,
    drop: async () => {
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      try {
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      } finally {
        await c.end()
      }
    },
  }
}
