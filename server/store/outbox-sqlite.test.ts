import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { outboxStoreContract } from './outbox-store.contract.ts'
import { openSqliteStores } from './stores.ts'

outboxStoreContract('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'outbox-'))
  const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
  return { store: stores.outbox, cleanup: async () => (await stores.close(), rmSync(dir, { recursive: true, force: true })) }
})
