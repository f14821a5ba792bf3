import { sqliteAuditWriter } from './audit-log.ts'
import { feedbackLookups, type CaseUpdate, type FeedbackRepository, type StoredCase } from './feedback-repository.ts'
import { caseParams, caseUpdateColumns, evaluationParams, toApplicationSummary, toAudit, toCase, toEvaluation, toJourneyRecord, toStaffToken } from './feedback-rows.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import { sqliteReader, type Row } from './row-reader.ts'
import type { SqliteDatabase } from './sqlite-database.ts'

const { time, json } = sqliteReader

/**
 * Feedback on the process's SQLite connection, beside the drafts; writes share the drafts' group commit.
 *
 * @example const feedback = sqliteFeedbackRepository(openSqliteDatabase(path.join(dataDir, 'drafts.sqlite')))
 */
export function sqliteFeedbackRepository({ db, write }: SqliteDatabase): FeedbackRepository {
  const q = {
    insertEvaluation: db.prepare(`INSERT INTO evaluations (id, application_number, matter_id, department_id, scene_id, overall, efficiency, guide_accuracy,
      convenience, usability, comment_sealed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`),
    insertCase: db.prepare(`INSERT INTO cases (number, kind, password_hash, matter_id, evaluation_id, text_sealed, status, due_date, answer, answered_by,
      answer_grade, faq_question, opened_at, answered_at, faq_published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO NOTHING`),
    findCase: db.prepare('SELECT * FROM cases WHERE number = ?'),
  }
  const audit = sqliteAuditWriter(db)
  const insertCase = (c: StoredCase) =>
    q.insertCase.run(...caseParams(c), +c.openedAt, c.answeredAt ? +c.answeredAt : null, c.faqPublished ? 1 : 0).changes === 1
  const findCase = (n: string) => {
    const row = q.findCase.get(n) as Row | undefined
    return row ? toCase(row, time) : null
  }
  return refuseUnstorable<FeedbackRepository>({
    kind: 'sqlite',
    async insertEvaluation(e, followUp, entries) {
      return write(() => {
        if (q.insertEvaluation.run(...evaluationParams(e), +e.createdAt).changes === 0) return 'duplicate' as const
        if (followUp && !insertCase(followUp)) throw new Error(`follow-up number ${followUp.number} is taken`)
        entries.forEach(audit)
        return 'ok' as const
      })
    },
    async insertCase(c, entry) {
      return write(() => {
        if (!insertCase(c)) return 'duplicate_number' as const
        audit(entry)
        return 'ok' as const
      })
    },
    async findCase(n) {
      return findCase(n)
    },
    async updateCase(n, expected, update, entry) {
      return write(() => {
        const { sets, values } = updateSql(update)
        const where = expected === null ? 'number = ?' : 'number = ? AND status = ?'
        const changed = db.prepare(`UPDATE cases SET ${sets} WHERE ${where}`).run(...values, n, ...(expected === null ? [] : [expected])).changes
        if (changed === 0) return null
        audit(entry)
        return findCase(n)
      })
    },
    async listCases(filter) {
      const rows = db.prepare('SELECT * FROM cases WHERE (? IS NULL OR status = ?) AND (? IS NULL OR kind = ?) ORDER BY due_date, opened_at')
        .all(filter.status ?? null, filter.status ?? null, filter.kind ?? null, filter.kind ?? null) as Row[]
      return rows.map((r) => toCase(r, time))
    },
    async publishedFaq(matterId) {
      return (db.prepare('SELECT * FROM cases WHERE matter_id = ? AND faq_published = 1 ORDER BY answered_at').all(matterId) as Row[]).map((r) => toCase(r, time))
    },
    async findEvaluation(id) {
      const row = db.prepare('SELECT * FROM evaluations WHERE id = ?').get(id) as Row | undefined
      return row ? toEvaluation(row, time) : null
    },
    async listEvaluations() {
      return (db.prepare('SELECT * FROM evaluations ORDER BY created_at').all() as Row[]).map((r) => toEvaluation(r, time))
    },
    async listApplications(statuses) {
      if (statuses.length === 0) return []
      const rows = db.prepare(`SELECT id, number, matter_id, form_id, status, submitted_at FROM applications WHERE status IN (${statuses.map(() => '?').join(', ')})
        ORDER BY submitted_at`).all(...statuses) as Row[]
      return rows.map((r) => toApplicationSummary(r, time))
    },
    async recordJourneyEvent(r) {
      await write(() => db.prepare('INSERT INTO journey_events (day, kind, scene, step, outcome) VALUES (?, ?, ?, ?, ?)').run(r.day, r.kind, r.scene, r.step, r.outcome ?? null))
    },
    async journeyEvents() {
      const rows = db.prepare('SELECT day, kind, scene, step, outcome FROM journey_events ORDER BY seq').all() as Row[]
      return rows.map(toJourneyRecord)
    },
    async insertStaffToken(t, entry) {
      await write(() => {
        db.prepare('INSERT INTO staff_tokens (id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(t.id, t.name, t.tokenHash, +t.createdAt, +t.expiresAt)
        audit(entry)
      })
    },
    async findStaffToken(id) {
      const r = db.prepare('SELECT * FROM staff_tokens WHERE id = ?').get(id) as Row | undefined
      return r ? toStaffToken(r, time) : null
    },
    async liveStaffTokens(now) {
      const rows = db.prepare('SELECT * FROM staff_tokens WHERE revoked_at IS NULL AND expires_at > ? ORDER BY created_at, id').all(+now) as Row[]
      return rows.map((r) => toStaffToken(r, time))
    },
    async revokeStaffToken(id, at, entry) {
      return write(() => {
        if (db.prepare('UPDATE staff_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(+at, id).changes === 0) return false
        audit(entry)
        return true
      })
    },
    async appendAudit(entry) {
      await write(() => audit(entry))
    },
    async auditLog(afterSeq, limit) {
      return (db.prepare('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as Row[]).map((r) => toAudit(r, time, json))
    },
  }, feedbackLookups)
}

function updateSql(update: CaseUpdate): { sets: string; values: unknown[] } {
  const entries = (Object.keys(caseUpdateColumns) as (keyof CaseUpdate)[]).filter((k) => update[k] !== undefined)
  const value = (k: keyof CaseUpdate) => {
    const v = update[k]
    return v instanceof Date ? +v : typeof v === 'boolean' ? (v ? 1 : 0) : v
  }
  return { sets: entries.map((k) => `${caseUpdateColumns[k]} = ?`).join(', '), values: entries.map(value) }
}
