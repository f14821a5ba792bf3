import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { openPostgresIdentityStore } from './identity-postgres.ts'
import { identityStoreContract } from './identity-store.contract.ts'
import { openPostgresRepository } from './postgres.ts'

identityStoreContract('PostgreSQL', async () => {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  const repo = await openPostgresRepository({ connectionString: url, schema })
  const identity = await openPostgresIdentityStore({ connectionString: url, schema })
  return { identity, repo, cleanup: async () => (await identity.close(), await repo.close(), await drop()) }
})
