import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { identityStoreContract } from './identity-store.contract.ts'
import { openSqliteIdentityStore } from './identity-sqlite.ts'
import { openSqliteRepository } from './sqlite.ts'

identityStoreContract('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'identity-'))
  const repo = openSqliteRepository(path.join(dir, 'drafts.sqlite'))
  const identity = openSqliteIdentityStore(path.join(dir, 'drafts.sqlite'))
  return { identity, repo, cleanup: async () => (await identity.close(), await repo.close(), rmSync(dir, { recursive: true, force: true })) }
})
