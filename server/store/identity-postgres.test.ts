import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { identityStoreContract } from './identity-store.contract.ts'
import { openPostgresStores } from './stores.ts'

identityStoreContract('PostgreSQL', async () => {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  const stores = await openPostgresStores({ connectionString: url, schema })
  return { identity: stores.identity, repo: stores.repo, cleanup: async () => (await stores.close(), await drop()) }
})
