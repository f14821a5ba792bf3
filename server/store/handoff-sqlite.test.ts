import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { handoffStoreContract } from './handoff-store.contract.ts'
import { openSqliteStores } from './stores.ts'

handoffStoreContract('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'handoffs-'))
  const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
  return { store: stores.handoffs, cleanup: async () => (await stores.close(), rmSync(dir, { recursive: true, force: true })) }
})
