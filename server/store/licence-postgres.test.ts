import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { licenceStoreContract } from './licence-store.contract.ts'
import { openPostgresStores } from './stores.ts'

licenceStoreContract('PostgreSQL', async () => {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  const stores = await openPostgresStores({ connectionString: url, schema })
  return { stores, cleanup: async () => (await stores.close(), await drop()) }
})
