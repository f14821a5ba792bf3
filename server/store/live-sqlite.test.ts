import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { liveStoreContract } from './live-store.contract.ts'
import { openSqliteLiveStore } from './live-sqlite.ts'

liveStoreContract('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'live-sqlite-'))
  const store = openSqliteLiveStore(path.join(dir, 'drafts.sqlite'))
  return { store, cleanup: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) }
})
