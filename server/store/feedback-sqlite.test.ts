import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { feedbackRepositoryContract } from './feedback-repository.contract.ts'
import { aDraft } from './repository.contract.ts'
import { openSqliteStores } from './stores.ts'

function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'feedback-sqlite-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

feedbackRepositoryContract('SQLite', async () => {
  const { dir, remove } = tempDir()
  const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
  return { repo: stores.feedback, cleanup: async () => (await stores.close(), remove()) }
})

describe('the SQLite audit log', () => {
  it('refuses edits and deletions in the database itself', async () => {
    const { dir, remove } = tempDir()
    const file = path.join(dir, 'drafts.sqlite')
    const stores = openSqliteStores(file)
    await stores.feedback.appendAudit({ at: new Date(), actor: 'staff:a', action: 'case.answered', subject: 'case:x', before: null, after: null })
    await stores.close()
    const db = new Database(file)
    try {
      expect(() => db.exec(`UPDATE audit_log SET actor = 'someone else'`)).toThrow(/append-only/)
      expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/)
    } finally {
      db.close()
      remove()
    }
  })

  it('lists for the staff queue the applications the drafts repository stored', async () => {
    const { dir, remove } = tempDir()
    const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
    const draft = aDraft()
    await stores.repo.insertDraft(draft)
    const submittedAt = new Date('2026-11-25T03:00:01.000Z')
    const application = { id: 'a-1', number: 'JC-2026-000001-X', draftTokenHash: draft.tokenHash, formId: draft.formId, formVersion: 2, matterId: 'food-business-licence', data: {}, idLookupHash: null, status: 'submitted' as const, submittedAt }
    const audit = { at: submittedAt, actor: 'applicant', action: 'application.submitted', subject: 'application:JC-2026-000001-X', before: null, after: null }
    await stores.repo.submitDraft({ application, firstStatus: { at: submittedAt, actor: 'applicant', status: 'submitted', note: null }, audit })
    expect(await stores.feedback.listApplications(['submitted'])).toEqual([
      { id: 'a-1', number: 'JC-2026-000001-X', matterId: 'food-business-licence', formId: 'food-business-licence', status: 'submitted', submittedAt },
    ])
    await stores.close()
    remove()
  })
})
