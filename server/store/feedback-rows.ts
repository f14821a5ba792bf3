import type { ApplicationStatus } from '../../core/forms/application-status.ts'
import type { CaseKind } from '../../core/feedback/deadlines.ts'
import type { Grades } from '../../core/feedback/grades.ts'
import type { JourneyRecord } from '../../core/feedback/journey-events.ts'
import type { ApplicationSummary, StaffToken, StoredAuditEntry, StoredCase, StoredEvaluation } from './feedback-repository.ts'
import type { Row, RowReader } from './row-reader.ts'

/** Row mapping shared by feedback-sqlite.ts and feedback-postgres.ts; `time` reads each driver's timestamps (row-reader.ts). */
type Time = RowReader['time']

const optional = (v: unknown) => (v === null || v === undefined ? undefined : Number(v))

export function toEvaluation(r: Row, time: Time): StoredEvaluation {
  const grades: Grades = { overall: Number(r.overall) }
  for (const [key, column] of [['efficiency', 'efficiency'], ['guideAccuracy', 'guide_accuracy'], ['convenience', 'convenience'], ['usability', 'usability']] as const) {
    const v = optional(r[column])
    if (v !== undefined) grades[key] = v
  }
  return {
    id: r.id as string, applicationNumber: (r.application_number as string | null) ?? null, matterId: (r.matter_id as string | null) ?? null,
    departmentId: (r.department_id as string | null) ?? null, sceneId: (r.scene_id as string | null) ?? null, grades,
    commentSealed: (r.comment_sealed as string | null) ?? null, createdAt: time(r.created_at),
  }
}

export function evaluationParams(e: StoredEvaluation): unknown[] {
  const g = e.grades
  return [e.id, e.applicationNumber, e.matterId, e.departmentId, e.sceneId, g.overall, g.efficiency ?? null, g.guideAccuracy ?? null, g.convenience ?? null,
    g.usability ?? null, e.commentSealed]
}

export function toCase(r: Row, time: Time): StoredCase {
  return {
    number: r.number as string, kind: r.kind as CaseKind, passwordHash: r.password_hash as string, matterId: (r.matter_id as string | null) ?? null,
    evaluationId: (r.evaluation_id as string | null) ?? null, textSealed: (r.text_sealed as string | null) ?? null, status: r.status as StoredCase['status'],
    openedAt: time(r.opened_at), dueDate: r.due_date as string, answer: (r.answer as string | null) ?? null,
    answeredAt: r.answered_at === null || r.answered_at === undefined ? null : time(r.answered_at), answeredBy: (r.answered_by as string | null) ?? null,
    answerGrade: optional(r.answer_grade) ?? null, faqQuestion: (r.faq_question as string | null) ?? null, faqPublished: Boolean(r.faq_published),
  }
}

export function caseParams(c: StoredCase): unknown[] {
  return [c.number, c.kind, c.passwordHash, c.matterId, c.evaluationId, c.textSealed, c.status, c.dueDate, c.answer, c.answeredBy, c.answerGrade, c.faqQuestion]
}

export function toApplicationSummary(r: Row, time: Time): ApplicationSummary {
  return { id: r.id as string, number: r.number as string, matterId: r.matter_id as string, formId: r.form_id as string, status: r.status as ApplicationStatus, submittedAt: time(r.submitted_at) }
}

export function toAudit(r: Row, time: Time, json: (v: unknown) => unknown): StoredAuditEntry {
  return { seq: Number(r.seq), at: time(r.at), actor: r.actor as string, action: r.action as string, subject: r.subject as string, before: json(r.before), after: json(r.after) }
}

/** Column names of a case update, in a fixed order. */
export const caseUpdateColumns = {
  status: 'status', answer: 'answer', answeredAt: 'answered_at', answeredBy: 'answered_by', answerGrade: 'answer_grade', faqQuestion: 'faq_question', faqPublished: 'faq_published',
} as const

export function toStaffToken(r: Row, time: Time): StaffToken {
  return {
    id: r.id as string, name: r.name as string, tokenHash: r.token_hash as string, createdAt: time(r.created_at), expiresAt: time(r.expires_at),
    revokedAt: r.revoked_at === null || r.revoked_at === undefined ? null : time(r.revoked_at),
  }
}

export function toJourneyRecord(r: Row): JourneyRecord {
  return { day: r.day as string, kind: r.kind as JourneyRecord['kind'], scene: r.scene as string, step: r.step as string, ...(r.outcome ? { outcome: r.outcome as string } : {}) }
}
