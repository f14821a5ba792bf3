import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { openPostgresFeedbackRepository } from './feedback-postgres.ts'
import { feedbackRepositoryContract } from './feedback-repository.contract.ts'

feedbackRepositoryContract('PostgreSQL', async () => {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  const repo = await openPostgresFeedbackRepository({ connectionString: url, schema })
  return { repo, cleanup: async () => (await repo.close(), await drop()) }
})

describe('the PostgreSQL audit log', () => {
  it('refuses edits and deletions in the database itself', async () => {
    const url = await testDatabaseUrl()
    const { schema, drop } = await createTestSchema(url)
    const repo = await openPostgresFeedbackRepository({ connectionString: url, schema })
    await repo.appendAudit({ at: new Date(), actor: 'staff:a', action: 'case.answered', subject: 'case:x', before: null, after: null })
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` })
    await client.connect()
    try {
      await expect(client.query(`UPDATE audit_log SET actor = 'someone else'`)).rejects.toThrow(/append-only/)
      await expect(client.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/)
    } finally {
      await client.end()
      await repo.close()
      await drop()
    }
  })
})
