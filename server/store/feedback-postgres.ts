import { insertPostgresAudit as audit } from './audit-log.ts'
import { feedbackLookups, type CaseUpdate, type FeedbackRepository, type StoredCase } from './feedback-repository.ts'
import { caseParams, caseUpdateColumns, evaluationParams, toApplicationSummary, toAudit, toCase, toEvaluation, toJourneyRecord, toStaffToken } from './feedback-rows.ts'
import type { PostgresDatabase, Queryable } from './postgres-database.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import { postgresReader, type Row } from './row-reader.ts'

const { time, json } = postgresReader

/**
 * Feedback on the process's PostgreSQL pool, beside the drafts.
 *
 * @example const feedback = postgresFeedbackRepository(await openPostgresDatabase({ connectionString: settings.databaseUrl }))
 */
export function postgresFeedbackRepository({ pool, transaction: inTransaction }: PostgresDatabase): FeedbackRepository {
  const rows = async (sql: string, params: unknown[] = []) => (await pool.query<Row>(sql, params)).rows
  return refuseUnstorable<FeedbackRepository>({
    kind: 'postgres',
    insertEvaluation: (e, followUp, entries) =>
      inTransaction(async (c) => {
        const inserted = await c.query(
          `INSERT INTO evaluations (id, application_number, matter_id, department_id, scene_id, overall, efficiency, guide_accuracy, convenience, usability,
            comment_sealed, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`,
          [...evaluationParams(e), e.createdAt],
        )
        if (inserted.rowCount === 0) return 'duplicate' as const
        if (followUp && !(await insertCase(c, followUp))) throw new Error(`follow-up number ${followUp.number} is taken`)
        for (const entry of entries) await audit(c, entry)
        return 'ok' as const
      }),
    insertCase: (kase, entry) =>
      inTransaction(async (c) => {
        if (!(await insertCase(c, kase))) return 'duplicate_number' as const
        await audit(c, entry)
        return 'ok' as const
      }),
    async findCase(number) {
      const [row] = await rows('SELECT * FROM cases WHERE number = $1', [number])
      return row ? toCase(row, time) : null
    },
    updateCase: (number, expected, update, entry) =>
      inTransaction(async (c) => {
        const keys = (Object.keys(caseUpdateColumns) as (keyof CaseUpdate)[]).filter((k) => update[k] !== undefined)
        const sets = keys.map((k, i) => `${caseUpdateColumns[k]} = $${i + 1}`).join(', ')
        const params = [...keys.map((k) => update[k]), number, ...(expected === null ? [] : [expected])]
        const where = `number = $${keys.length + 1}${expected === null ? '' : ` AND status = $${keys.length + 2}`}`
        const result = await c.query<Row>(`UPDATE cases SET ${sets} WHERE ${where} RETURNING *`, params)
        if (result.rowCount === 0) return null
        await audit(c, entry)
        return toCase(result.rows[0]!, time)
      }),
    async listCases(filter) {
      const list = await rows('SELECT * FROM cases WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR kind = $2) ORDER BY due_date, opened_at', [
        filter.status ?? null, filter.kind ?? null,
      ])
      return list.map((r) => toCase(r, time))
    },
    async publishedFaq(matterId) {
      return (await rows('SELECT * FROM cases WHERE matter_id = $1 AND faq_published ORDER BY answered_at', [matterId])).map((r) => toCase(r, time))
    },
    async findEvaluation(id) {
      const [row] = await rows('SELECT * FROM evaluations WHERE id = $1', [id])
      return row ? toEvaluation(row, time) : null
    },
    async listEvaluations() {
      return (await rows('SELECT * FROM evaluations ORDER BY created_at')).map((r) => toEvaluation(r, time))
    },
    async listApplications(statuses) {
      const list = await rows('SELECT id, number, matter_id, form_id, status, submitted_at FROM applications WHERE status = ANY($1) ORDER BY submitted_at', [[...statuses]])
      return list.map((r) => toApplicationSummary(r, time))
    },
    async recordJourneyEvent(r) {
      await pool.query('INSERT INTO journey_events (day, kind, scene, step, outcome) VALUES ($1, $2, $3, $4, $5)', [r.day, r.kind, r.scene, r.step, r.outcome ?? null])
    },
    async journeyEvents() {
      const list = await rows('SELECT day, kind, scene, step, outcome FROM journey_events ORDER BY seq')
      return list.map(toJourneyRecord)
    },
    insertStaffToken: (t, entry) =>
      inTransaction(async (c) => {
        await c.query('INSERT INTO staff_tokens (id, name, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [t.id, t.name, t.tokenHash, t.createdAt, t.expiresAt])
        await audit(c, entry)
      }),
    async findStaffToken(id) {
      const [r] = await rows('SELECT * FROM staff_tokens WHERE id = $1', [id])
      return r ? toStaffToken(r, time) : null
    },
    async liveStaffTokens(now) {
      return (await rows('SELECT * FROM staff_tokens WHERE revoked_at IS NULL AND expires_at > $1 ORDER BY created_at, id', [now])).map((r) => toStaffToken(r, time))
    },
    revokeStaffToken: (id, at, entry) =>
      inTransaction(async (c) => {
        const changed = await c.query('UPDATE staff_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id])
        if (changed.rowCount === 0) return false
        await audit(c, entry)
        return true
      }),
    async appendAudit(entry) {
      await audit(pool, entry)
    },
    async auditLog(afterSeq, limit) {
      return (await rows('SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2', [afterSeq, limit])).map((r) => toAudit(r, time, json))
    },
  }, feedbackLookups)
}

async function insertCase(c: Queryable, k: StoredCase): Promise<boolean> {
  const result = await c.query(
    `INSERT INTO cases (number, kind, password_hash, matter_id, evaluation_id, text_sealed, status, due_date, answer, answered_by, answer_grade, faq_question,
      opened_at, answered_at, faq_published) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT (number) DO NOTHING`,
    [...caseParams(k), k.openedAt, k.answeredAt, k.faqPublished],
  )
  return result.rowCount === 1
}
