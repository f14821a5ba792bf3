import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { handoffStoreContract } from './handoff-store.contract.ts'
import { openPostgresStores } from './stores.ts'

handoffStoreContract('PostgreSQL', async () => {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  const stores = await openPostgresStores({ connectionString: url, schema })
  return { store: stores.handoffs, cleanup: async () => (await stores.close(), await drop()) }
})
