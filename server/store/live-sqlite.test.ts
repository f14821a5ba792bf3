import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { liveStoreContract } from './live-store.contract.ts'
import { openSqliteStores } from './stores.ts'

liveStoreContract('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'live-sqlite-'))
  const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
  return { store: stores.live, cleanup: async () => (await stores.close(), rmSync(dir, { recursive: true, force: true })) }
})
