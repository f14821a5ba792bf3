import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { repositoryContract } from './repository.contract.ts'
import { openPostgresStores } from './stores.ts'

repositoryContract('PostgreSQL', async () => {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  const stores = await openPostgresStores({ connectionString: url, schema })
  return { repo: stores.repo, auditLog: (after, limit) => stores.feedback.auditLog(after, limit), cleanup: async () => (await stores.close(), await drop()) }
})
