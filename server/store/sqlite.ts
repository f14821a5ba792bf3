import Database from 'better-sqlite3'
import { migrations } from './migrations/index.ts'
import type { DraftSave, Repository, SaveResult, StatusEntry, StoredApplication, StoredDraft, Submission, SubmitResult } from './repository.ts'
import { toApplication, toDraft, toStatusEntry, type Row } from './sqlite-rows.ts'
import { startSqliteWriter, type SqliteWriter } from './sqlite-writer.ts'
import type { StatusRow } from './sqlite-writes.ts'

/**
 * The embedded store: one SQLite file, WAL journal and `synchronous=FULL`, so a save acknowledged to
 * the citizen survives a killed process or a power cut. Applies pending migrations on open.
 *
 * Reads run here, on a connection of their own (WAL lets them proceed during a commit); every write
 * goes to one writer thread (sqlite-worker.ts) that group-commits, so the event loop never waits for
 * an fsync and HTTP parsing carries on while a batch reaches the disk.
 *
 * @example const repo = openSqliteRepository(path.join(dataDir, 'drafts.sqlite'))
 */
export function openSqliteRepository(file: string): Repository {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrateSqlite(db)
  return new SqliteRepository(db, startSqliteWriter(file))
}

/** Applies every migration newer than the database, each in its own transaction. Returns the version reached. */
export function migrateSqlite(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)')
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[])
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue
    db.transaction(() => {
      db.exec(migration.sqlite)
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, Date.now())
    })()
  }
  return Math.max(0, ...migrations.map((m) => m.version))
}

class SqliteRepository implements Repository {
  readonly kind = 'sqlite'
  private readonly q

  constructor(
    private readonly db: Database.Database,
    private readonly writer: SqliteWriter,
  ) {
    this.q = {
      draftByToken: db.prepare('SELECT * FROM drafts WHERE token_hash = ?'),
      draftByCode: db.prepare('SELECT * FROM drafts WHERE resume_code_hash = ?'),
      appByToken: db.prepare('SELECT * FROM applications WHERE draft_token_hash = ?'),
      appByNumber: db.prepare('SELECT * FROM applications WHERE number = ?'),
      history: db.prepare('SELECT at, actor, status, note FROM application_status WHERE application_id = ? ORDER BY seq'),
      deleteExpired: db.prepare('DELETE FROM drafts WHERE expires_at <= ?'),
    }
  }

  async insertDraft(draft: StoredDraft): Promise<'ok' | 'duplicate_resume_code'> {
    const row = { ...draft, data: JSON.stringify(draft.data), expiresAt: +draft.expiresAt, createdAt: +draft.createdAt, updatedAt: +draft.updatedAt }
    return this.writer.run({ op: 'insertDraft', row })
  }

  async findDraftByTokenHash(tokenHash: string): Promise<StoredDraft | null> {
    return toDraft(this.q.draftByToken.get(tokenHash) as Row | undefined)
  }

  async findDraftByResumeCodeHash(resumeCodeHash: string): Promise<StoredDraft | null> {
    return toDraft(this.q.draftByCode.get(resumeCodeHash) as Row | undefined)
  }

  async saveDraft(save: DraftSave): Promise<SaveResult> {
    const result = await this.writer.run({
      op: 'saveDraft', data: JSON.stringify(save.data), position: save.position, formVersion: save.formVersion, updatedAt: +save.updatedAt,
      expiresAt: +save.expiresAt, tokenHash: save.tokenHash, expectedRevision: save.expectedRevision,
    })
    if ('revision' in result) return { status: 'saved', revision: result.revision }
    const current = toDraft(result.current)
    return current ? { status: 'conflict', current } : { status: 'missing' }
  }

  async deleteDraft(tokenHash: string): Promise<boolean> {
    return this.writer.run({ op: 'deleteDraft', tokenHash })
  }

  async deleteExpiredDrafts(now: Date): Promise<number> {
    // The hourly purge commits here, waiting at most one batch for the write lock (busy_timeout): once
    // an hour that costs less than a round trip to the writer, and the purge's caller sees it done at once.
    return this.q.deleteExpired.run(+now).changes
  }

  async nextApplicationSequence(year: number): Promise<number> {
    return this.writer.run({ op: 'nextSequence', year })
  }

  async submitDraft({ application: app, firstStatus }: Submission): Promise<SubmitResult> {
    // One writer thread runs the whole submit in one savepoint, so two submits cannot interleave.
    const result = await this.writer.run({
      op: 'submitDraft', application: { ...app, data: JSON.stringify(app.data), submittedAt: +app.submittedAt }, status: statusRow(app.id, firstStatus),
    })
    if (!result) return null
    if ('earlier' in result) return { application: toApplication(result.earlier)!, created: false }
    return { application: app, created: true }
  }

  async findApplicationByNumber(number: string): Promise<StoredApplication | null> {
    return toApplication(this.q.appByNumber.get(number) as Row | undefined)
  }

  async findApplicationByDraftToken(tokenHash: string): Promise<StoredApplication | null> {
    return toApplication(this.q.appByToken.get(tokenHash) as Row | undefined)
  }

  async appendStatus(applicationId: string, entry: StatusEntry): Promise<void> {
    await this.writer.run({ op: 'appendStatus', status: statusRow(applicationId, entry) })
  }

  async statusHistory(applicationId: string): Promise<StatusEntry[]> {
    return (this.q.history.all(applicationId) as Row[]).map(toStatusEntry)
  }

  async close(): Promise<void> {
    await this.writer.close()
    this.db.close()
  }
}

function statusRow(applicationId: string, entry: StatusEntry): StatusRow {
  return { applicationId, at: +entry.at, actor: entry.actor, status: entry.status, note: entry.note }
}
