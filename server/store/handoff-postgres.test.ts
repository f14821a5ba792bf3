import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { openPostgresHandoffStore } from './handoff-postgres.ts'
import { handoffStoreContract } from './handoff-store.contract.ts'

handoffStoreContract('PostgreSQL', async () => {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  const store = await openPostgresHandoffStore({ connectionString: url, schema })
  return { store, cleanup: async () => (await store.close(), await drop()) }
})
