import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrations } from './migrations/index.ts'
import { aDraft } from './repository.contract.ts'
import { migrateSqlite } from './sqlite-database.ts'
import { openSqliteStores } from './stores.ts'

function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'drafts-sqlite-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

describe('SQLite migrations', () => {
  it('brings an empty database to the latest version, once', () => {
    const { dir, remove } = tempDir()
    const db = new Database(path.join(dir, 'm.sqlite'))
    try {
      migrateSqlite(db)
      migrateSqlite(db)
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()
      expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
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

  it('refuses to edit or delete status history in the database itself', () => {
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
})

describe('the SQLite database of DATA_DIR', () => {
  it('opens the file in WAL mode with full synchronous writes', async () => {
    const { dir, remove } = tempDir()
    const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
    await stores.close()
    const db = new Database(path.join(dir, 'drafts.sqlite'))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
    remove()
  })

  it('commits writes of the drafts, feedback and hand-off stores that arrive together in one transaction', async () => {
    const { dir, remove } = tempDir()
    const batches: number[] = []
    const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'), { onBatch: (size) => batches.push(size) })
    const now = new Date('2026-11-25T03:00:00.000Z')
    await Promise.all([
      stores.repo.insertDraft(aDraft()),
      stores.feedback.recordJourneyEvent({ day: '2026-11-25', kind: 'started', scene: 'open-restaurant', step: 'start' }),
      stores.handoffs.insert({ codeHash: 'code-1', kind: 'result', targetSealed: 'v1.sealed', createdAt: now, expiresAt: new Date('2026-11-25T03:15:00.000Z'), revokedAt: null }),
    ])
    expect(batches).toEqual([3])
    await stores.close()
    remove()
  })

  it('takes in the hand-offs of a handoffs.sqlite left by an earlier version, and removes that file', async () => {
    const { dir, remove } = tempDir()
    await openSqliteStores(path.join(dir, 'drafts.sqlite')).close()
    const legacy = new Database(path.join(dir, 'handoffs.sqlite'))
    legacy.pragma('journal_mode = WAL')
    legacy.exec(`CREATE TABLE IF NOT EXISTS handoffs (code_hash TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('draft', 'result')),
      target_sealed TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, revoked_at INTEGER);
      CREATE INDEX IF NOT EXISTS handoffs_by_expiry ON handoffs (expires_at);`)
    legacy.prepare('INSERT INTO handoffs VALUES (?, ?, ?, ?, ?, ?)').run('hash-of-K7P2QX', 'draft', 'v1.sealed-token', Date.UTC(2026, 10, 25, 3), Date.UTC(2026, 10, 25, 3, 15), null)
    legacy.close()
    const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
    expect(await stores.handoffs.find('hash-of-K7P2QX')).toEqual({
      codeHash: 'hash-of-K7P2QX', kind: 'draft', targetSealed: 'v1.sealed-token',
      createdAt: new Date('2026-11-25T03:00:00.000Z'), expiresAt: new Date('2026-11-25T03:15:00.000Z'), revokedAt: null,
    })
    expect(existsSync(path.join(dir, 'handoffs.sqlite'))).toBe(false)
    await stores.close()
    remove()
  })
})
