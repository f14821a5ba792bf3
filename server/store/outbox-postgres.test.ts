import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { outboxStoreContract } from './outbox-store.contract.ts'
import { openPostgresStores } from './stores.ts'

outboxStoreContract('PostgreSQL', async () => {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  const stores = await openPostgresStores({ connectionString: url, schema })
  return { store: stores.outbox, cleanup: async () => (await stores.close(), await drop()) }
})
