import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { handoffStoreContract } from './handoff-store.contract.ts'
import { openSqliteHandoffStore } from './handoff-sqlite.ts'

handoffStoreContract('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'handoffs-'))
  const store = openSqliteHandoffStore(path.join(dir, 'handoffs.sqlite'))
  return { store, cleanup: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) }
})
