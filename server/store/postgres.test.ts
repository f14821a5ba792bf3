import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { openPostgresFeedbackRepository } from './feedback-postgres.ts'
import { migrations } from './migrations/index.ts'
import { openPostgresRepository } from './postgres.ts'
import { repositoryContract, type OpenFresh } from './repository.contract.ts'
import { reviewContract } from './review.contract.ts'

const openFresh: OpenFresh = async () => {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  const repo = await openPostgresRepository({ connectionString: url, schema })
  const feedback = await openPostgresFeedbackRepository({ connectionString: url, schema })
  return { repo, auditLog: (after, limit) => feedback.auditLog(after, limit), cleanup: async () => (await repo.close(), await feedback.close(), await drop()) }
}
repositoryContract('PostgreSQL', openFresh)
reviewContract('PostgreSQL', openFresh)

describe('PostgreSQL migrations', () => {
  it('brings a fresh schema to the latest version once, even when two instances start together', async () => {
    const url = await testDatabaseUrl()
    const { schema, drop } = await createTestSchema(url)
    try {
      const repos = await Promise.all([openPostgresRepository({ connectionString: url, schema }), openPostgresRepository({ connectionString: url, schema })])
      await Promise.all(repos.map((r) => r.close()))
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      const { rows } = await client.query(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`)
      await client.end()
      expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version))
    } finally {
      await drop()
    }
  })

  it('refuses to edit or delete status history, revisions and correction notices in the database itself', async () => {
    const url = await testDatabaseUrl()
    const { schema, drop } = await createTestSchema(url)
    const repo = await openPostgresRepository({ connectionString: url, schema })
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` })
    await client.connect()
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
      await repo.close()
      await drop()
    }
  })
})
