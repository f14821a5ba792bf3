import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { identityStoreContract } from './identity-store.contract.ts'
import { openSqliteStores } from './stores.ts'

identityStoreContract('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'identity-'))
  const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
  return { identity: stores.identity, repo: stores.repo, cleanup: async () => (await stores.close(), rmSync(dir, { recursive: true, force: true })) }
})
