import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { licenceStoreContract } from './licence-store.contract.ts'
import { openSqliteStores } from './stores.ts'

licenceStoreContract('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'licences-'))
  const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
  return { stores, cleanup: async () => (await stores.close(), rmSync(dir, { recursive: true, force: true })) }
})
