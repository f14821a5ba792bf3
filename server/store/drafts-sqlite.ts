import { sqliteAuditWriter } from './audit-log.ts'
import type { CorrectionNotice } from '../../core/review/correction-notice.ts'
import { toApplication, toDraft, toNotice, toRevision, toStatusEntry } from './draft-rows.ts'
import { sqliteLicenceWriter } from './licence-sqlite.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import { repositoryLookups, type DraftSave, type Repository, type Resubmission, type SaveResult, type StoredRevision, type StatusEntry, type StatusTransition, type StoredApplication, type StoredDraft, type Submission, type SubmitResult } from './repository.ts'
import { sqliteReader as read, type Row } from './row-reader.ts'
import type { SqliteDatabase } from './sqlite-database.ts'

/**
 * Drafts and applications on the process's SQLite connection. Every write goes through the database's
 * group commit, so it is acknowledged only once on disk.
 *
 * @example const repo = sqliteRepository(openSqliteDatabase(path.join(dataDir, 'drafts.sqlite')))
 */
export function sqliteRepository(database: SqliteDatabase): Repository {
  return refuseUnstorable<Repository>(new SqliteRepository(database), repositoryLookups)
}

class SqliteRepository implements Repository {
  readonly kind = 'sqlite'
  private readonly q
  private readonly audit
  private readonly licence
  private readonly write

  constructor({ db, write }: SqliteDatabase) {
    this.write = write
    this.audit = sqliteAuditWriter(db)
    this.licence = sqliteLicenceWriter(db)
    this.q = {
      insertDraft: db.prepare(`INSERT INTO drafts (id, token_hash, token_sealed, resume_code_hash, resume_code_sealed, form_id, form_version,
        data, position, revision, expires_at, created_at, updated_at, email_sealed) VALUES (@id, @tokenHash, @tokenSealed, @resumeCodeHash,
        @resumeCodeSealed, @formId, @formVersion, @data, @position, @revision, @expiresAt, @createdAt, @updatedAt, @emailSealed)`),
      draftByToken: db.prepare('SELECT * FROM drafts WHERE token_hash = ?'),
      draftByCode: db.prepare('SELECT * FROM drafts WHERE resume_code_hash = ?'),
      saveDraft: db.prepare(`UPDATE drafts SET data = ?, position = ?, form_version = ?, revision = revision + 1, updated_at = ?, expires_at = ?
        WHERE token_hash = ? AND revision = ? RETURNING revision`),
      deleteDraft: db.prepare('DELETE FROM drafts WHERE token_hash = ?'),
      setEmail: db.prepare('UPDATE drafts SET email_sealed = ? WHERE token_hash = ?'),
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
      insertRevision: db.prepare('INSERT INTO application_revisions (application_id, revision, data, materials, submitted_at) VALUES (?, ?, ?, ?, ?)'),
      revisions: db.prepare('SELECT * FROM application_revisions WHERE application_id = ? ORDER BY revision'),
      resubmit: db.prepare(`UPDATE applications SET data = ?, revision = ?, status = ? WHERE id = ? AND status = 'materials-requested' AND revision = ?`),
      insertNotice: db.prepare(`INSERT INTO correction_notices (application_id, round, on_revision, items, note, requested_at, requested_by)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      notices: db.prepare('SELECT * FROM correction_notices WHERE application_id = ? ORDER BY round'),
    }
  }

  async insertDraft(draft: StoredDraft): Promise<'ok' | 'duplicate_resume_code'> {
    const row = { ...draft, data: JSON.stringify(draft.data), expiresAt: +draft.expiresAt, createdAt: +draft.createdAt, updatedAt: +draft.updatedAt }
    return this.write(() => {
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
    return toDraft(this.q.draftByToken.get(tokenHash) as Row | undefined, read)
  }

  async findDraftByResumeCodeHash(resumeCodeHash: string): Promise<StoredDraft | null> {
    return toDraft(this.q.draftByCode.get(resumeCodeHash) as Row | undefined, read)
  }

  async saveDraft(save: DraftSave): Promise<SaveResult> {
    const params = [JSON.stringify(save.data), save.position, save.formVersion, +save.updatedAt, +save.expiresAt, save.tokenHash, save.expectedRevision]
    return this.write((): SaveResult => {
      const row = this.q.saveDraft.get(...params) as { revision: number } | undefined
      if (row) return { status: 'saved', revision: row.revision }
      const current = toDraft(this.q.draftByToken.get(save.tokenHash) as Row | undefined, read)
      return current ? { status: 'conflict', current } : { status: 'missing' }
    })
  }

  async deleteDraft(tokenHash: string): Promise<boolean> {
    return this.write(() => this.q.deleteDraft.run(tokenHash).changes > 0)
  }

  async setDraftEmail(tokenHash: string, emailSealed: string | null): Promise<boolean> {
    return this.write(() => this.q.setEmail.run(emailSealed, tokenHash).changes > 0)
  }

  async deleteExpiredDrafts(now: Date): Promise<number> {
    // Not through the group commit: a purge is acknowledged to nobody, and one statement commits on its own.
    return this.q.deleteExpired.run(+now).changes
  }

  async nextApplicationSequence(year: number): Promise<number> {
    return this.write(() => (this.q.nextSequence.get(year) as { last: number }).last)
  }

  async submitDraft({ application: app, firstStatus, audit }: Submission): Promise<SubmitResult> {
    // The work runs synchronously inside one transaction, so two submits cannot interleave.
    return this.write((): SubmitResult => {
      const earlier = app.draftTokenHash ? toApplication(this.q.appByToken.get(app.draftTokenHash) as Row | undefined, read) : null
      if (earlier) return { application: earlier, created: false }
      if (app.draftTokenHash && this.q.deleteDraft.run(app.draftTokenHash).changes === 0) return null
      this.q.insertApp.run({ ...app, data: JSON.stringify(app.data), submittedAt: +app.submittedAt })
      this.q.insertRevision.run(app.id, app.revision, JSON.stringify(app.data), '{}', +app.submittedAt)
      this.q.insertStatus.run(app.id, +firstStatus.at, firstStatus.actor, firstStatus.status, firstStatus.note)
      this.audit(audit)
      return { application: app, created: true }
    })
  }

  async findApplicationByNumber(number: string): Promise<StoredApplication | null> {
    return toApplication(this.q.appByNumber.get(number) as Row | undefined, read)
  }

  async findApplicationByDraftToken(tokenHash: string): Promise<StoredApplication | null> {
    return toApplication(this.q.appByToken.get(tokenHash) as Row | undefined, read)
  }

  async changeStatus({ applicationId, from, entry, audit, notice, licence }: StatusTransition): Promise<boolean> {
    return this.write(() => {
      if (this.q.setStatusFrom.run(entry.status, applicationId, from).changes === 0) return false
      this.q.insertStatus.run(applicationId, +entry.at, entry.actor, entry.status, entry.note)
      if (notice) {
        this.q.insertNotice.run(applicationId, notice.round, notice.onRevision, JSON.stringify(notice.items), notice.note, +notice.requestedAt, notice.requestedBy)
      }
      this.audit(audit)
      if (licence) this.licence(licence)
      return true
    })
  }

  async resubmit({ applicationId, expectedRevision, revision: r, entry, audit }: Resubmission): Promise<boolean> {
    return this.write(() => {
      if (this.q.resubmit.run(JSON.stringify(r.data), r.revision, entry.status, applicationId, expectedRevision).changes === 0) return false
      this.q.insertRevision.run(applicationId, r.revision, JSON.stringify(r.data), JSON.stringify(r.materials), +r.submittedAt)
      this.q.insertStatus.run(applicationId, +entry.at, entry.actor, entry.status, entry.note)
      this.audit(audit)
      return true
    })
  }

  async revisions(applicationId: string): Promise<StoredRevision[]> {
    return (this.q.revisions.all(applicationId) as Row[]).map((r) => toRevision(r, read))
  }

  async correctionNotices(applicationId: string): Promise<CorrectionNotice[]> {
    return (this.q.notices.all(applicationId) as Row[]).map((r) => toNotice(r, read))
  }

  async statusHistory(applicationId: string): Promise<StatusEntry[]> {
    return (this.q.history.all(applicationId) as Row[]).map((r) => toStatusEntry(r, read))
  }
}

function isUniqueViolation(err: unknown, column: string): boolean {
  return err instanceof Error && (err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && err.message.includes(column)
}
