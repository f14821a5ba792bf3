import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openSqliteFeedbackRepository } from './feedback-sqlite.ts'
import { migrations } from './migrations/index.ts'
import { repositoryContract, type OpenFresh } from './repository.contract.ts'
import { reviewContract } from './review.contract.ts'
import { migrateSqlite, openSqliteRepository } from './sqlite.ts'

function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'drafts-sqlite-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

const openFresh: OpenFresh = async () => {
  const { dir, remove } = tempDir()
  const repo = openSqliteRepository(path.join(dir, 'drafts.sqlite'))
  const feedback = openSqliteFeedbackRepository(path.join(dir, 'drafts.sqlite'))
  return { repo, auditLog: (after, limit) => feedback.auditLog(after, limit), cleanup: async () => (await repo.close(), await feedback.close(), remove()) }
}
repositoryContract('SQLite', openFresh)
reviewContract('SQLite', openFresh)

describe('SQLite migrations', () => {
  it('brings an empty database to the latest version, once', () => {
    const { dir, remove } = tempDir()
    const db = new Database(path.join(dir, 'm.sqlite'))
    try {
      migrateSqlite(db)
      migrateSqlite(db)
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()
      expect(versions).toEqual(migrations.map((m) => m.version))
    } finally {
      db.close()
      remove()
    }
  })

  it('applies only the migrations a database lacks', () => {
    const { dir, remove } = tempDir()
    const db = new Database(path.join(dir, 'm.sqlite'))
    try {
      db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)')
      db.exec(migrations[0]!.sqlite)
      db.prepare('INSERT INTO schema_migrations VALUES (1, ?, 0)').run(migrations[0]!.name)
      migrateSqlite(db)
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = ? AND name LIKE 'application_status%'").pluck().get('trigger')).toBe(2)
    } finally {
      db.close()
      remove()
    }
  })

  it('refuses to edit or delete status history, revisions and correction notices in the database itself', () => {
    const { dir, remove } = tempDir()
    const db = new Database(path.join(dir, 'm.sqlite'))
    try {
      migrateSqlite(db)
      db.exec(`INSERT INTO applications (id, number, draft_token_hash, form_id, form_version, matter_id, data, id_lookup_hash, status, submitted_at)
        VALUES ('a', 'JC-2026-000001-X', NULL, 'f', 1, 'm', '{}', NULL, 'submitted', 0)`)
      db.exec(`INSERT INTO application_status (application_id, at, actor, status, note) VALUES ('a', 0, 'citizen', 'submitted', NULL)`)
      expect(() => db.exec(`UPDATE application_status SET status = 'completed'`)).toThrow(/append-only/)
      expect(() => db.exec('DELETE FROM application_status')).toThrow(/append-only/)
      db.exec(`INSERT INTO application_revisions VALUES ('a', 1, '{}', '{}', 0)`)
      db.exec(`INSERT INTO correction_notices VALUES ('a', 1, 1, '[]', NULL, 0, 'staff:窗口 12')`)
      expect(() => db.exec(`UPDATE application_revisions SET data = '{"x":1}'`)).toThrow(/append-only/)
      expect(() => db.exec('DELETE FROM correction_notices')).toThrow(/append-only/)
    } finally {
      db.close()
      remove()
    }
  })

  it('opens the file in WAL mode with full synchronous writes', async () => {
    const { dir, remove } = tempDir()
    const repo = openSqliteRepository(path.join(dir, 'drafts.sqlite'))
    await repo.close()
    const db = new Database(path.join(dir, 'drafts.sqlite'))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
    remove()
  })
})
