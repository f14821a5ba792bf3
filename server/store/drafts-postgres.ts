import type pg from 'pg'
import { insertPostgresAudit } from './audit-log.ts'
import type { CorrectionNotice } from '../../core/review/correction-notice.ts'
import { toApplication, toDraft, toNotice, toRevision, toStatusEntry } from './draft-rows.ts'
import type { PostgresDatabase, Queryable } from './postgres-database.ts'
import { insertPostgresLicence } from './licence-postgres.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import { repositoryLookups, type DraftSave, type Repository, type Resubmission, type SaveResult, type StoredRevision, type StatusEntry, type StatusTransition, type StoredApplication, type StoredDraft, type Submission, type SubmitResult } from './repository.ts'
import { postgresReader as read } from './row-reader.ts'

/**
 * Drafts and applications on the process's PostgreSQL pool, for deployments with several server instances.
 *
 * @example const repo = postgresRepository(await openPostgresDatabase({ connectionString: settings.databaseUrl }))
 */
export function postgresRepository(database: PostgresDatabase): Repository {
  return refuseUnstorable<Repository>(new PostgresRepository(database), repositoryLookups)
}

class PostgresRepository implements Repository {
  readonly kind = 'postgres'
  private readonly pool
  private readonly transaction

  constructor({ pool, transaction }: PostgresDatabase) {
    this.pool = pool
    this.transaction = transaction
  }

  async insertDraft(d: StoredDraft): Promise<'ok' | 'duplicate_resume_code'> {
    try {
      await this.pool.query(
        `INSERT INTO drafts (id, token_hash, token_sealed, resume_code_hash, resume_code_sealed, form_id, form_version, data, position, revision,
          expires_at, created_at, updated_at, email_sealed) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [d.id, d.tokenHash, d.tokenSealed, d.resumeCodeHash, d.resumeCodeSealed, d.formId, d.formVersion, JSON.stringify(d.data), d.position,
          d.revision, d.expiresAt, d.createdAt, d.updatedAt, d.emailSealed],
      )
      return 'ok'
    } catch (err) {
      if (isUniqueViolation(err, 'drafts_resume_code_hash_key')) return 'duplicate_resume_code'
      throw err
    }
  }

  async findDraftByTokenHash(tokenHash: string): Promise<StoredDraft | null> {
    return toDraft((await this.pool.query('SELECT * FROM drafts WHERE token_hash = $1', [tokenHash])).rows[0], read)
  }

  async findDraftByResumeCodeHash(hash: string): Promise<StoredDraft | null> {
    return toDraft((await this.pool.query('SELECT * FROM drafts WHERE resume_code_hash = $1', [hash])).rows[0], read)
  }

  async saveDraft(s: DraftSave): Promise<SaveResult> {
    const { rows } = await this.pool.query<{ revision: number }>(
      `UPDATE drafts SET data = $1, position = $2, form_version = $3, revision = revision + 1, updated_at = $4, expires_at = $5
       WHERE token_hash = $6 AND revision = $7 RETURNING revision`,
      [JSON.stringify(s.data), s.position, s.formVersion, s.updatedAt, s.expiresAt, s.tokenHash, s.expectedRevision],
    )
    if (rows[0]) return { status: 'saved', revision: rows[0].revision }
    const current = await this.findDraftByTokenHash(s.tokenHash)
    return current ? { status: 'conflict', current } : { status: 'missing' }
  }

  async deleteDraft(tokenHash: string): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM drafts WHERE token_hash = $1', [tokenHash])).rowCount ?? 0) > 0
  }

  async setDraftEmail(tokenHash: string, emailSealed: string | null): Promise<boolean> {
    return ((await this.pool.query('UPDATE drafts SET email_sealed = $1 WHERE token_hash = $2', [emailSealed, tokenHash])).rowCount ?? 0) > 0
  }

  async deleteExpiredDrafts(now: Date): Promise<number> {
    return (await this.pool.query('DELETE FROM drafts WHERE expires_at <= $1', [now])).rowCount ?? 0
  }

  async nextApplicationSequence(year: number): Promise<number> {
    const { rows } = await this.pool.query<{ last: number }>(
      `INSERT INTO application_sequences (year, last) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last = application_sequences.last + 1 RETURNING last`,
      [year],
    )
    return rows[0]!.last
  }

  async submitDraft(submission: Submission): Promise<SubmitResult> {
    const hash = submission.application.draftTokenHash
    try {
      return await this.transaction((client) => this.submitIn(client, submission))
    } catch (err) {
      // A concurrent submit of the same draft won the race: answer with its application.
      if (hash && isUniqueViolation(err, 'applications_draft_token_hash_key')) {
        const earlier = await this.findApplicationByDraftToken(hash)
        if (earlier) return { application: earlier, created: false }
      }
      throw err
    }
  }

  private async submitIn(client: pg.PoolClient, { application: a, firstStatus: s, audit }: Submission): Promise<SubmitResult> {
    if (a.draftTokenHash) {
      const earlier = toApplication((await client.query('SELECT * FROM applications WHERE draft_token_hash = $1', [a.draftTokenHash])).rows[0], read)
      if (earlier) return { application: earlier, created: false }
      const deleted = await client.query('DELETE FROM drafts WHERE token_hash = $1', [a.draftTokenHash])
      if (deleted.rowCount === 0) {
        // The DELETE waited on a concurrent submit of the same draft, which has committed by now.
        const winner = toApplication((await client.query('SELECT * FROM applications WHERE draft_token_hash = $1', [a.draftTokenHash])).rows[0], read)
        return winner ? { application: winner, created: false } : null
      }
    }
    await client.query(
      `INSERT INTO applications (id, number, draft_token_hash, form_id, form_version, matter_id, data, id_lookup_hash, status, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [a.id, a.number, a.draftTokenHash, a.formId, a.formVersion, a.matterId, JSON.stringify(a.data), a.idLookupHash, a.status, a.submittedAt],
    )
    await insertRevision(client, a.id, { revision: a.revision, data: a.data, materials: {}, submittedAt: a.submittedAt })
    await insertStatus(client, a.id, s)
    await insertPostgresAudit(client, audit)
    return { application: a, created: true }
  }

  async findApplicationByNumber(number: string): Promise<StoredApplication | null> {
    return toApplication((await this.pool.query('SELECT * FROM applications WHERE number = $1', [number])).rows[0], read)
  }

  async findApplicationByDraftToken(tokenHash: string): Promise<StoredApplication | null> {
    return toApplication((await this.pool.query('SELECT * FROM applications WHERE draft_token_hash = $1', [tokenHash])).rows[0], read)
  }

  async changeStatus({ applicationId, from, entry, audit, notice, licence }: StatusTransition): Promise<boolean> {
    return this.transaction(async (client) => {
      // The row lock taken here makes a concurrent change wait, then see the status this one set.
      const moved = await client.query('UPDATE applications SET status = $1 WHERE id = $2 AND status = $3', [entry.status, applicationId, from])
      if (moved.rowCount === 0) return false
      await insertStatus(client, applicationId, entry)
      if (notice) {
        await client.query(
          'INSERT INTO correction_notices (application_id, round, on_revision, items, note, requested_at, requested_by) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [applicationId, notice.round, notice.onRevision, JSON.stringify(notice.items), notice.note, notice.requestedAt, notice.requestedBy],
        )
      }
      await insertPostgresAudit(client, audit)
      if (licence) await insertPostgresLicence(client, licence)
      return true
    })
  }

  async resubmit({ applicationId, expectedRevision, revision: r, entry, audit }: Resubmission): Promise<boolean> {
    return this.transaction(async (client) => {
      const moved = await client.query(
        `UPDATE applications SET data = $1, revision = $2, status = $3 WHERE id = $4 AND status = 'materials-requested' AND revision = $5`,
        [JSON.stringify(r.data), r.revision, entry.status, applicationId, expectedRevision],
      )
      if (moved.rowCount === 0) return false
      await insertRevision(client, applicationId, r)
      await insertStatus(client, applicationId, entry)
      await insertPostgresAudit(client, audit)
      return true
    })
  }

  async revisions(applicationId: string): Promise<StoredRevision[]> {
    const { rows } = await this.pool.query('SELECT * FROM application_revisions WHERE application_id = $1 ORDER BY revision', [applicationId])
    return rows.map((r) => toRevision(r, read))
  }

  async correctionNotices(applicationId: string): Promise<CorrectionNotice[]> {
    const { rows } = await this.pool.query('SELECT * FROM correction_notices WHERE application_id = $1 ORDER BY round', [applicationId])
    return rows.map((r) => toNotice(r, read))
  }

  async statusHistory(applicationId: string): Promise<StatusEntry[]> {
    const { rows } = await this.pool.query('SELECT at, actor, status, note FROM application_status WHERE application_id = $1 ORDER BY seq', [applicationId])
    return rows.map((r) => toStatusEntry(r, read))
  }
}

async function insertRevision(db: Queryable, applicationId: string, r: StoredRevision): Promise<void> {
  await db.query('INSERT INTO application_revisions (application_id, revision, data, materials, submitted_at) VALUES ($1, $2, $3, $4, $5)', [
    applicationId, r.revision, JSON.stringify(r.data), JSON.stringify(r.materials), r.submittedAt,
  ])
}

async function insertStatus(db: Queryable, applicationId: string, e: StatusEntry): Promise<void> {
  await db.query('INSERT INTO application_status (application_id, at, actor, status, note) VALUES ($1, $2, $3, $4, $5)', [
    applicationId, e.at, e.actor, e.status, e.note,
  ])
}

function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as { code?: string; constraint?: string }
  return e?.code === '23505' && e.constraint === constraint
}
