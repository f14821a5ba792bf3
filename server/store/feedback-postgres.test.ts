import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { feedbackRepositoryContract } from './feedback-repository.contract.ts'
import { openPostgresStores } from './stores.ts'

feedbackRepositoryContract('PostgreSQL', async () => {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  const stores = await openPostgresStores({ connectionString: url, schema })
  return { repo: stores.feedback, cleanup: async () => (await stores.close(), await drop()) }
})

describe('the PostgreSQL audit log', () => {
  it('refuses edits and deletions in the database itself', async () => {
    const url = await testDatabaseUrl()
    const { schema, drop } = await createTestSchema(url)
    const stores = await openPostgresStores({ connectionString: url, schema })
    const repo = stores.feedback
    await repo.appendAudit({ at: new Date(), actor: 'staff:a', action: 'case.answered', subject: 'case:x', before: null, after: null })
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` })
    await client.connect()
    try {
      await expect(client.query(`UPDATE audit_log SET actor = 'someone else'`)).rejects.toThrow(/append-only/)
      await expect(client.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/)
    } finally {
      await client.end()
      await stores.close()
      await drop()
    }
  })
})
