import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { feedbackRepositoryContract } from './feedback-repository.contract.ts'
import { openSqliteFeedbackRepository } from './feedback-sqlite.ts'
import { openSqliteRepository } from './sqlite.ts'

function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'feedback-sqlite-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

feedbackRepositoryContract('SQLite', async () => {
  const { dir, remove } = tempDir()
  const repo = openSqliteFeedbackRepository(path.join(dir, 'drafts.sqlite'))
  return { repo, cleanup: async () => (await repo.close(), remove()) }
})

describe('the SQLite audit log', () => {
  it('refuses edits and deletions in the database itself', async () => {
    const { dir, remove } = tempDir()
    const file = path.join(dir, 'drafts.sqlite')
    const repo = openSqliteFeedbackRepository(file)
    await repo.appendAudit({ at: new Date(), actor: 'staff:a', action: 'case.answered', subject: 'case:x', before: null, after: null })
    await repo.close()
    const db = new Database(file)
    try {
      expect(() => db.exec(`UPDATE audit_log SET actor = 'someone else'`)).toThrow(/append-only/)
      expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/)
    } finally {
      db.close()
      remove()
    }
  })

  it('shares the drafts file with the drafts repository', async () => {
    const { dir, remove } = tempDir()
    const file = path.join(dir, 'drafts.sqlite')
    const drafts = openSqliteRepository(file)
    const feedback = openSqliteFeedbackRepository(file)
    expect(await feedback.listApplications(['submitted'])).toEqual([])
    await Promise.all([drafts.close(), feedback.close()])
    remove()
  })
})
