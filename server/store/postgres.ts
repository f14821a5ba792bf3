import pg from 'pg'
import type { ApplicationStatus } from '../../core/forms/application-status.ts'
import { migrations } from './migrations/index.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import { insertPostgresAudit } from './audit-log.ts'
import { repositoryLookups, type DraftSave, type Repository, type SaveResult, type StatusEntry, type StatusTransition, type StoredApplication, type StoredDraft, type Submission, type SubmitResult } from './repository.ts'

type Row = Record<string, unknown>
type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient

export type PostgresOptions = {
  connectionString: string
  /** A schema to use instead of `public` (tests use a fresh one per run). Must already exist. */
  schema?: string
  max?: number
}

// Serialises migrations when several server instances start at once.
const MIGRATION_LOCK = 0x6a63_6472

/**
 * The store for deployments with several server instances: a `pg` pool. Applies pending migrations
 * on open, under an advisory lock.
 *
 * @example const repo = await openPostgresRepository({ connectionString: settings.databaseUrl })
 */
export async function openPostgresRepository(options: PostgresOptions): Promise<Repository> {
  return refuseUnstorable<Repository>(new PostgresRepository(await openMigratedPool(options, 10)), repositoryLookups)
}

/** A pool on the options' database (and schema), migrated to the latest version; ended again if migrating fails. */
export async function openMigratedPool(options: PostgresOptions, max: number): Promise<pg.Pool> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`Bad schema name "${options.schema}"`)
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? max, ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}) })
  pool.on('error', (err) => console.error(`[postgres] idle client error: ${err.message}`))
  try {
    await migratePostgres(pool)
  } catch (err) {
    await pool.end()
    throw err
  }
  return pool
}

/** Applies every migration newer than the database, each in its own transaction. */
export async function migratePostgres(pool: pg.Pool): Promise<number> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)')
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations')
    const applied = new Set(rows.map((r) => r.version))
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue
      await client.query(migration.postgres)
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())', [migration.version, migration.name])
    }
    await client.query('COMMIT')
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw err
  } finally {
    client.release()
  }
  return Math.max(0, ...migrations.map((m) => m.version))
}

class PostgresRepository implements Repository {
  readonly kind = 'postgres'
  constructor(private readonly pool: pg.Pool) {}

  async insertDraft(d: StoredDraft): Promise<'ok' | 'duplicate_resume_code'> {
    try {
      await this.pool.query(
        `INSERT INTO drafts (id, token_hash, token_sealed, resume_code_hash, resume_code_sealed, form_id, form_version, data, position, revision,
          expires_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [d.id, d.tokenHash, d.tokenSealed, d.resumeCodeHash, d.resumeCodeSealed, d.formId, d.formVersion, JSON.stringify(d.data), d.position,
          d.revision, d.expiresAt, d.createdAt, d.updatedAt],
      )
      return 'ok'
    } catch (err) {
      if (isUniqueViolation(err, 'drafts_resume_code_hash_key')) return 'duplicate_resume_code'
      throw err
    }
  }

  async findDraftByTokenHash(tokenHash: string): Promise<StoredDraft | null> {
    return toDraft((await this.pool.query('SELECT * FROM drafts WHERE token_hash = $1', [tokenHash])).rows[0])
  }

  async findDraftByResumeCodeHash(hash: string): Promise<StoredDraft | null> {
    return toDraft((await this.pool.query('SELECT * FROM drafts WHERE resume_code_hash = $1', [hash])).rows[0])
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
      const earlier = toApplication((await client.query('SELECT * FROM applications WHERE draft_token_hash = $1', [a.draftTokenHash])).rows[0])
      if (earlier) return { application: earlier, created: false }
      const deleted = await client.query('DELETE FROM drafts WHERE token_hash = $1', [a.draftTokenHash])
      if (deleted.rowCount === 0) {
        // The DELETE waited on a concurrent submit of the same draft, which has committed by now.
        const winner = toApplication((await client.query('SELECT * FROM applications WHERE draft_token_hash = $1', [a.draftTokenHash])).rows[0])
        return winner ? { application: winner, created: false } : null
      }
    }
    await client.query(
      `INSERT INTO applications (id, number, draft_token_hash, form_id, form_version, matter_id, data, id_lookup_hash, status, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [a.id, a.number, a.draftTokenHash, a.formId, a.formVersion, a.matterId, JSON.stringify(a.data), a.idLookupHash, a.status, a.submittedAt],
    )
    await insertStatus(client, a.id, s)
    await insertPostgresAudit(client, audit)
    return { application: a, created: true }
  }

  async findApplicationByNumber(number: string): Promise<StoredApplication | null> {
    return toApplication((await this.pool.query('SELECT * FROM applications WHERE number = $1', [number])).rows[0])
  }

  async findApplicationByDraftToken(tokenHash: string): Promise<StoredApplication | null> {
    return toApplication((await this.pool.query('SELECT * FROM applications WHERE draft_token_hash = $1', [tokenHash])).rows[0])
  }

  async changeStatus({ applicationId, from, entry, audit }: StatusTransition): Promise<boolean> {
    return this.transaction(async (client) => {
      // The row lock taken here makes a concurrent change wait, then see the status this one set.
      const moved = await client.query('UPDATE applications SET status = $1 WHERE id = $2 AND status = $3', [entry.status, applicationId, from])
      if (moved.rowCount === 0) return false
      await insertStatus(client, applicationId, entry)
      await insertPostgresAudit(client, audit)
      return true
    })
  }

  async statusHistory(applicationId: string): Promise<StatusEntry[]> {
    const { rows } = await this.pool.query('SELECT at, actor, status, note FROM application_status WHERE application_id = $1 ORDER BY seq', [applicationId])
    return rows.map((r: Row) => ({ at: r.at as Date, actor: r.actor as string, status: r.status as ApplicationStatus, note: (r.note as string | null) ?? null }))
  }

  async close(): Promise<void> {
    await this.pool.end()
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    try {
      await client.query('BEGIN')
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw err
    } finally {
      client.release()
    }
  }
}

async function insertStatus(db: Queryable, applicationId: string, e: StatusEntry): Promise<void> {
  await db.query('INSERT INTO application_status (application_id, at, actor, status, note) VALUES ($1, $2, $3, $4, $5)', [
    applicationId, e.at, e.actor, e.status, e.note,
  ])
}

/** A drafts row as a StoredDraft (the identity store reads drafts too). */
export function toDraft(r: Row | undefined): StoredDraft | null {
  if (!r) return null
  return {
    id: r.id as string, tokenHash: r.token_hash as string, tokenSealed: r.token_sealed as string, resumeCodeHash: r.resume_code_hash as string,
    resumeCodeSealed: r.resume_code_sealed as string, formId: r.form_id as string, formVersion: r.form_version as number, data: r.data,
    position: (r.position as string | null) ?? null, revision: r.revision as number, expiresAt: r.expires_at as Date,
    createdAt: r.created_at as Date, updatedAt: r.updated_at as Date,
  }
}

/** An applications row as a StoredApplication. */
export function toApplication(r: Row | undefined): StoredApplication | null {
  if (!r) return null
  return {
    id: r.id as string, number: r.number as string, draftTokenHash: (r.draft_token_hash as string | null) ?? null, formId: r.form_id as string,
    formVersion: r.form_version as number, matterId: r.matter_id as string, data: r.data, idLookupHash: (r.id_lookup_hash as string | null) ?? null,
    status: r.status as ApplicationStatus, submittedAt: r.submitted_at as Date,
  }
}

function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as { code?: string; constraint?: string }
  return e?.code === '23505' && e.constraint === constraint
}
