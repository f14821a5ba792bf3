import path from 'node:path'
import type Database from 'better-sqlite3'
import type { ApplicationStatus } from '../../core/forms/application-status.ts'
import { commitStatsReporter } from './commit-stats.ts'
import { createGroupCommit } from './group-commit.ts'
import { migrations } from './migrations/index.ts'
import { markDataDir, openSqliteFile } from './sqlite-file.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import { sqliteAuditWriter } from './audit-log.ts'
import { repositoryLookups, type DraftSave, type Repository, type SaveResult, type StatusEntry, type StatusTransition, type StoredApplication, type StoredDraft, type Submission, type SubmitResult } from './repository.ts'

type Row = Record<string, unknown>

/**
 * The embedded store: one SQLite file, WAL journal and `synchronous=FULL`, so a save acknowledged to
 * the citizen survives a killed process or a power cut. Applies pending migrations on open. Refuses to
 * start on a lost or damaged file (see sqlite-file.ts).
 *
 * @example const repo = openSqliteRepository(path.join(dataDir, 'drafts.sqlite'))
 */
export function openSqliteRepository(file: string): Repository {
  const { db, created } = openSqliteFile(file, { guardLoss: true })
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrateSqlite(db)
  if (created && file !== ':memory:') markDataDir(path.dirname(file))
  return refuseUnstorable<Repository>(new SqliteRepository(db), repositoryLookups)
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
  private readonly commit
  private readonly audit

  constructor(private readonly db: Database.Database) {
    this.commit = createGroupCommit(db, commitStatsReporter())
    this.audit = sqliteAuditWriter(db)
    this.q = {
      insertDraft: db.prepare(`INSERT INTO drafts (id, token_hash, token_sealed, resume_code_hash, resume_code_sealed, form_id, form_version,
        data, position, revision, expires_at, created_at, updated_at) VALUES (@id, @tokenHash, @tokenSealed, @resumeCodeHash,
        @resumeCodeSealed, @formId, @formVersion, @data, @position, @revision, @expiresAt, @createdAt, @updatedAt)`),
      draftByToken: db.prepare('SELECT * FROM drafts WHERE token_hash = ?'),
      draftByCode: db.prepare('SELECT * FROM drafts WHERE resume_code_hash = ?'),
      saveDraft: db.prepare(`UPDATE drafts SET data = ?, position = ?, form_version = ?, revision = revision + 1, updated_at = ?, expires_at = ?
        WHERE token_hash = ? AND revision = ? RETURNING revision`),
      deleteDraft: db.prepare('DELETE FROM drafts WHERE token_hash = ?'),
      deleteExpired: db.prepare('DELETE FROM drafts WHERE expires_at <= ?'),
      nextSequence: db.prepare(`INSERT INTO application_sequences (year, last) VALUES (?, 1)
        ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`),
      appByToken: db.prepare('SELECT * FROM applications WHERE draft_token_hash = ?'),
      appByNumber: db.prepare('SELECT * FROM applications WHERE number = ?'),
      insertApp: db.prepare(`INSERT INTO applications (id, number, draft_token_hash, form_id, form_version, matter_id, data, id_lookup_hash,
        status, submitted_at) VALUES (@id, @number, @draftTokenHash, @formId, @formVersion, @matterId, @data, @idLookupHash, @status, @submittedAt)`),
      insertStatus: db.prepare('INSERT INTO application_status (application_id, at, actor, status, note) VALUES (?, ?, ?, ?, ?)'),
      setStatusFrom: db.prepare('UPDATE applications SET status = ? WHERE id = ? AND status = ?'),
      history: db.prepare('SELECT at, actor, status, note FROM application_status WHERE application_id = ? ORDER BY seq'),
    }
  }

  async insertDraft(draft: StoredDraft): Promise<'ok' | 'duplicate_resume_code'> {
    const row = { ...draft, data: JSON.stringify(draft.data), expiresAt: +draft.expiresAt, createdAt: +draft.createdAt, updatedAt: +draft.updatedAt }
    return this.commit(() => {
      try {
        this.q.insertDraft.run(row)
        return 'ok' as const
      } catch (err) {
        if (isUniqueViolation(err, 'drafts.resume_code_hash')) return 'duplicate_resume_code' as const
        throw err
      }
    })
  }

  async findDraftByTokenHash(tokenHash: string): Promise<StoredDraft | null> {
    return toDraft(this.q.draftByToken.get(tokenHash) as Row | undefined)
  }

  async findDraftByResumeCodeHash(resumeCodeHash: string): Promise<StoredDraft | null> {
    return toDraft(this.q.draftByCode.get(resumeCodeHash) as Row | undefined)
  }

  async saveDraft(save: DraftSave): Promise<SaveResult> {
    const params = [JSON.stringify(save.data), save.position, save.formVersion, +save.updatedAt, +save.expiresAt, save.tokenHash, save.expectedRevision]
    return this.commit((): SaveResult => {
      const row = this.q.saveDraft.get(...params) as { revision: number } | undefined
      if (row) return { status: 'saved', revision: row.revision }
      const current = toDraft(this.q.draftByToken.get(save.tokenHash) as Row | undefined)
      return current ? { status: 'conflict', current } : { status: 'missing' }
    })
  }

  async deleteDraft(tokenHash: string): Promise<boolean> {
    return this.q.deleteDraft.run(tokenHash).changes > 0
  }

  async deleteExpiredDrafts(now: Date): Promise<number> {
    return this.q.deleteExpired.run(+now).changes
  }

  async nextApplicationSequence(year: number): Promise<number> {
    return (this.q.nextSequence.get(year) as { last: number }).last
  }

  async submitDraft({ application: app, firstStatus, audit }: Submission): Promise<SubmitResult> {
    // better-sqlite3 runs the whole transaction synchronously, so two submits cannot interleave.
    return this.db.transaction((): SubmitResult => {
      const earlier = app.draftTokenHash ? toApplication(this.q.appByToken.get(app.draftTokenHash) as Row | undefined) : null
      if (earlier) return { application: earlier, created: false }
      if (app.draftTokenHash && this.q.deleteDraft.run(app.draftTokenHash).changes === 0) return null
      this.q.insertApp.run({ ...app, data: JSON.stringify(app.data), submittedAt: +app.submittedAt })
      this.q.insertStatus.run(app.id, +firstStatus.at, firstStatus.actor, firstStatus.status, firstStatus.note)
      this.audit(audit)
      return { application: app, created: true }
    })()
  }

  async findApplicationByNumber(number: string): Promise<StoredApplication | null> {
    return toApplication(this.q.appByNumber.get(number) as Row | undefined)
  }

  async findApplicationByDraftToken(tokenHash: string): Promise<StoredApplication | null> {
    return toApplication(this.q.appByToken.get(tokenHash) as Row | undefined)
  }

  async changeStatus({ applicationId, from, entry, audit }: StatusTransition): Promise<boolean> {
    return this.db.transaction(() => {
      if (this.q.setStatusFrom.run(entry.status, applicationId, from).changes === 0) return false
      this.q.insertStatus.run(applicationId, +entry.at, entry.actor, entry.status, entry.note)
      this.audit(audit)
      return true
    })()
  }

  async statusHistory(applicationId: string): Promise<StatusEntry[]> {
    return (this.q.history.all(applicationId) as Row[]).map((r) => ({
      at: new Date(r.at as number), actor: r.actor as string, status: r.status as ApplicationStatus, note: (r.note as string | null) ?? null,
    }))
  }

  async close(): Promise<void> {
    this.db.close()
  }
}

/** A drafts row as a StoredDraft (the identity store reads drafts too). */
export function toDraft(r: Row | undefined): StoredDraft | null {
  if (!r) return null
  return {
    id: r.id as string, tokenHash: r.token_hash as string, tokenSealed: r.token_sealed as string, resumeCodeHash: r.resume_code_hash as string,
    resumeCodeSealed: r.resume_code_sealed as string, formId: r.form_id as string, formVersion: r.form_version as number,
    data: JSON.parse(r.data as string), position: (r.position as string | null) ?? null, revision: r.revision as number,
    expiresAt: new Date(r.expires_at as number), createdAt: new Date(r.created_at as number), updatedAt: new Date(r.updated_at as number),
  }
}

/** An applications row as a StoredApplication. */
export function toApplication(r: Row | undefined): StoredApplication | null {
  if (!r) return null
  return {
    id: r.id as string, number: r.number as string, draftTokenHash: (r.draft_token_hash as string | null) ?? null, formId: r.form_id as string,
    formVersion: r.form_version as number, matterId: r.matter_id as string, data: JSON.parse(r.data as string),
    idLookupHash: (r.id_lookup_hash as string | null) ?? null, status: r.status as ApplicationStatus, submittedAt: new Date(r.submitted_at as number),
  }
}

function isUniqueViolation(err: unknown, column: string): boolean {
  return err instanceof Error && (err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && err.message.includes(column)
}
