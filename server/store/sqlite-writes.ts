import type Database from 'better-sqlite3'
import type { Row } from './sqlite-rows.ts'

/**
 * Every write the SQLite repository makes, as plain data so it can cross to the writer thread:
 * JSON already serialised and times as epoch milliseconds.
 */
export type SqliteWrite =
  | { op: 'insertDraft'; row: Row }
  | { op: 'saveDraft'; data: string; position: string | null; formVersion: number; updatedAt: number; expiresAt: number; tokenHash: string; expectedRevision: number }
  | { op: 'deleteDraft'; tokenHash: string }
  | { op: 'nextSequence'; year: number }
  | { op: 'submitDraft'; application: Row; status: StatusRow }
  | { op: 'appendStatus'; status: StatusRow }

export type StatusRow = { applicationId: string; at: number; actor: string; status: string; note: string | null }

/** What each write answers, by op. Rows stay raw; the main thread turns them into domain values. */
export type SqliteWriteResult = {
  insertDraft: 'ok' | 'duplicate_resume_code'
  saveDraft: { revision: number } | { current: Row | null }
  deleteDraft: boolean
  nextSequence: number
  submitDraft: { created: true } | { earlier: Row } | null
  appendStatus: null
}

/**
 * Prepares the write statements once on `db` and returns one function that runs a write. It runs
 * inside whatever transaction the caller holds (the group commit's), so it never commits by itself.
 * The writer thread runs this function from its source text, so it uses nothing outside its body.
 */
export function createSqliteWrites(db: Database.Database): (write: SqliteWrite) => SqliteWriteResult[SqliteWrite['op']] {
  const q = {
    insertDraft: db.prepare(`INSERT INTO drafts (id, token_hash, token_sealed, resume_code_hash, resume_code_sealed, form_id, form_version,
      data, position, revision, expires_at, created_at, updated_at) VALUES (@id, @tokenHash, @tokenSealed, @resumeCodeHash,
      @resumeCodeSealed, @formId, @formVersion, @data, @position, @revision, @expiresAt, @createdAt, @updatedAt)`),
    draftByToken: db.prepare('SELECT * FROM drafts WHERE token_hash = ?'),
    saveDraft: db.prepare(`UPDATE drafts SET data = ?, position = ?, form_version = ?, revision = revision + 1, updated_at = ?, expires_at = ?
      WHERE token_hash = ? AND revision = ? RETURNING revision`),
    deleteDraft: db.prepare('DELETE FROM drafts WHERE token_hash = ?'),
    nextSequence: db.prepare(`INSERT INTO application_sequences (year, last) VALUES (?, 1)
      ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`),
    appByToken: db.prepare('SELECT * FROM applications WHERE draft_token_hash = ?'),
    insertApp: db.prepare(`INSERT INTO applications (id, number, draft_token_hash, form_id, form_version, matter_id, data, id_lookup_hash,
      status, submitted_at) VALUES (@id, @number, @draftTokenHash, @formId, @formVersion, @matterId, @data, @idLookupHash, @status, @submittedAt)`),
    insertStatus: db.prepare('INSERT INTO application_status (application_id, at, actor, status, note) VALUES (@applicationId, @at, @actor, @status, @note)'),
    setStatus: db.prepare('UPDATE applications SET status = ? WHERE id = ?'),
  }

  const submit = db.transaction((application: Row, status: StatusRow): SqliteWriteResult['submitDraft'] => {
    const token = application.draftTokenHash as string | null
    const earlier = token ? (q.appByToken.get(token) as Row | undefined) : undefined
    if (earlier) return { earlier }
    if (token && q.deleteDraft.run(token).changes === 0) return null
    q.insertApp.run(application)
    q.insertStatus.run(status)
    return { created: true }
  })

  return (w) => {
    switch (w.op) {
      case 'insertDraft':
        try {
          q.insertDraft.run(w.row)
          return 'ok'
        } catch (err) {
          const e = err as Error & { code?: string }
          if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' && e.message.includes('drafts.resume_code_hash')) return 'duplicate_resume_code'
          throw err
        }
      case 'saveDraft': {
        const row = q.saveDraft.get(w.data, w.position, w.formVersion, w.updatedAt, w.expiresAt, w.tokenHash, w.expectedRevision) as { revision: number } | undefined
        return row ?? { current: (q.draftByToken.get(w.tokenHash) as Row | undefined) ?? null }
      }
      case 'deleteDraft':
        return q.deleteDraft.run(w.tokenHash).changes > 0
      case 'nextSequence':
        return (q.nextSequence.get(w.year) as { last: number }).last
      case 'submitDraft':
        // A savepoint inside the batch's transaction: the delete and the inserts land together or not at all.
        return submit(w.application, w.status)
      case 'appendStatus':
        q.insertStatus.run(w.status)
        q.setStatus.run(w.status.status, w.status.applicationId)
        return null
    }
  }
}
