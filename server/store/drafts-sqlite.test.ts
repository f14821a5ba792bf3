import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repositoryContract } from './repository.contract.ts'
import { openSqliteStores } from './stores.ts'

repositoryContract('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'drafts-sqlite-'))
  const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
  return { repo: stores.repo, auditLog: (after, limit) => stores.feedback.auditLog(after, limit), cleanup: async () => (await stores.close(), rmSync(dir, { recursive: true, force: true })) }
})
