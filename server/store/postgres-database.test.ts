import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { migrations } from './migrations/index.ts'
import { openPostgresStores } from './stores.ts'

async function connect(url: string, schema: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` })
  await client.connect()
  return client
}

describe('PostgreSQL migrations', () => {
  it('brings a fresh schema to the latest version once, even when two instances start together', async () => {
    const url = await testDatabaseUrl()
    const { schema, drop } = await createTestSchema(url)
    try {
      const instances = await Promise.all([openPostgresStores({ connectionString: url, schema }), openPostgresStores({ connectionString: url, schema })])
      await Promise.all(instances.map((s) => s.close()))
      const client = await connect(url, schema)
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
      await client.end()
      expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
      expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version))
    } finally {
      await drop()
    }
  })

  it('upgrades a database whose hand-off table an earlier version created itself, keeping its hand-offs', async () => {
    const url = await testDatabaseUrl()
    const { schema, drop } = await createTestSchema(url)
    const client = await connect(url, schema)
    try {
      // As versions before migration 005 left it: migrations 1-4, and the table hand-offs created on their own.
      await client.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)')
      for (const m of migrations.filter((m) => m.version <= 4)) {
        await client.query(m.postgres)
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2, now())', [m.version, m.name])
      }
      await client.query(`CREATE TABLE IF NOT EXISTS handoffs (code_hash TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('draft', 'result')),
        target_sealed TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL, expires_at TIMESTAMPTZ NOT NULL, revoked_at TIMESTAMPTZ)`)
      await client.query('CREATE INDEX IF NOT EXISTS handoffs_by_expiry ON handoffs (expires_at)')
      await client.query(`INSERT INTO handoffs VALUES ('hash-of-K7P2QX', 'result', 'v1.sealed-answers', '2026-11-25T03:00:00Z', '2026-11-25T03:15:00Z', NULL)`)
      const stores = await openPostgresStores({ connectionString: url, schema })
      try {
        expect(await stores.handoffs.find('hash-of-K7P2QX')).toEqual({
          codeHash: 'hash-of-K7P2QX', kind: 'result', targetSealed: 'v1.sealed-answers',
          createdAt: new Date('2026-11-25T03:00:00.000Z'), expiresAt: new Date('2026-11-25T03:15:00.000Z'), revokedAt: null,
        })
      } finally {
        await stores.close()
      }
      expect((await client.query('SELECT max(version) AS v FROM schema_migrations')).rows[0].v).toBe(11)
    } finally {
      await client.end()
      await drop()
    }
  })

  it('refuses to edit or delete status history in the database itself', async () => {
    const url = await testDatabaseUrl()
    const { schema, drop } = await createTestSchema(url)
    const stores = await openPostgresStores({ connectionString: url, schema })
    const client = await connect(url, schema)
    try {
      await client.query(`INSERT INTO applications VALUES ('a', 'JC-2026-000001-X', NULL, 'f', 1, 'm', '{}', NULL, 'submitted', now())`)
      await client.query(`INSERT INTO application_status (application_id, at, actor, status) VALUES ('a', now(), 'citizen', 'submitted')`)
      await expect(client.query(`UPDATE application_status SET status = 'completed'`)).rejects.toThrow(/append-only/)
      await expect(client.query('DELETE FROM application_status')).rejects.toThrow(/append-only/)
      await client.query(`INSERT INTO application_revisions VALUES ('a', 1, '{}', '{}', now())`)
      await client.query(`INSERT INTO correction_notices VALUES ('a', 1, 1, '[]', NULL, now(), 'staff:窗口 12')`)
      await expect(client.query(`UPDATE application_revisions SET data = '{"x":1}'`)).rejects.toThrow(/append-only/)
      await expect(client.query('DELETE FROM correction_notices')).rejects.toThrow(/append-only/)
    } finally {
      await client.end()
      await stores.close()
      await drop()
    }
  })

})
