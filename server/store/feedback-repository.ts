import type { ApplicationStatus } from '../../core/forms/application-status.ts'
import type { CaseKind } from '../../core/feedback/deadlines.ts'
import type { Grades } from '../../core/feedback/grades.ts'
import type { JourneyRecord } from '../../core/feedback/journey-events.ts'
import type { AuditEntry, StoredAuditEntry } from './audit-log.ts'

/** One 好差评 evaluation. Holds no identity: an application number only to keep one per application and matter. */
export type StoredEvaluation = {
  id: string
  applicationNumber: string | null
  matterId: string | null
  departmentId: string | null
  sceneId: string | null
  grades: Grades
  commentSealed: string | null
  createdAt: Date
}

/** Something staff must answer: the follow-up of a bad review, or a consultation, complaint or suggestion. */
export type StoredCase = {
  number: string
  kind: CaseKind
  /** Keyed hash of number and query password; the password itself is never stored. */
  passwordHash: string
  matterId: string | null
  evaluationId: string | null
  textSealed: string | null
  status: 'open' | 'answered'
  openedAt: Date
  dueDate: string
  answer: string | null
  answeredAt: Date | null
  answeredBy: string | null
  answerGrade: number | null
  faqQuestion: string | null
  faqPublished: boolean
}

export type { AuditEntry, StoredAuditEntry } from './audit-log.ts'

/** A staff desk token: only the hash of its secret is kept. A revoked or expired token lets nobody in. */
export type StaffToken = { id: string; name: string; tokenHash: string; createdAt: Date; expiresAt: Date; revokedAt: Date | null }

/** An application as the staff queue shows it: no form data. */
export type ApplicationSummary = { id: string; number: string; matterId: string; formId: string; status: ApplicationStatus; submittedAt: Date }

export type CaseUpdate = Partial<Pick<StoredCase, 'status' | 'answer' | 'answeredAt' | 'answeredBy' | 'answerGrade' | 'faqQuestion' | 'faqPublished'>>

/**
 * Storage of evaluations, cases, journey events, staff tokens and the audit log, beside the drafts in
 * the same database (migration 003). Every change to a case is written together with its audit entry.
 * feedback-repository.contract.ts holds the SQLite and PostgreSQL adapters to the same behaviour.
 */
export interface FeedbackRepository {
  readonly kind: 'sqlite' | 'postgres'
  /** With its follow-up case, if any, in one transaction. 'duplicate' when the application and matter were rated already. */
  insertEvaluation(evaluation: StoredEvaluation, followUp: StoredCase | null, audit: AuditEntry[]): Promise<'ok' | 'duplicate'>
  /** 'duplicate_number' when the random number is taken (the caller draws another). */
  insertCase(kase: StoredCase, audit: AuditEntry): Promise<'ok' | 'duplicate_number'>
  findCase(number: string): Promise<StoredCase | null>
  /** Applies the update only if the case still has `expectedStatus`; returns the case after, or null if it was not. */
  updateCase(number: string, expectedStatus: StoredCase['status'] | null, update: CaseUpdate, audit: AuditEntry): Promise<StoredCase | null>
  listCases(filter: { status?: StoredCase['status']; kind?: CaseKind }): Promise<StoredCase[]>
  publishedFaq(matterId: string): Promise<StoredCase[]>
  findEvaluation(id: string): Promise<StoredEvaluation | null>
  listEvaluations(): Promise<StoredEvaluation[]>
  listApplications(statuses: readonly ApplicationStatus[]): Promise<ApplicationSummary[]>
  recordJourneyEvent(record: JourneyRecord): Promise<void>
  journeyEvents(): Promise<JourneyRecord[]>
  /** With its audit entry, in one transaction. */
  insertStaffToken(token: StaffToken, audit: AuditEntry): Promise<void>
  /** By the token's public id; the caller compares the hash in constant time. */
  findStaffToken(id: string): Promise<StaffToken | null>
  /** Tokens neither revoked nor expired at `now`, oldest first. */
  liveStaffTokens(now: Date): Promise<StaffToken[]>
  /** Revokes a live token with its audit entry, in one transaction; false (nothing written) if it is unknown or revoked already. */
  revokeStaffToken(id: string, at: Date, audit: AuditEntry): Promise<boolean>
  appendAudit(entry: AuditEntry): Promise<void>
  /** Oldest first, from `afterSeq` (exclusive), at most `limit`. */
  auditLog(afterSeq: number, limit: number): Promise<StoredAuditEntry[]>
}

/** What each look-up answers when its key is text no store keeps: nothing found (see refuse-unstorable.ts). */
export const feedbackLookups = { findCase: null, publishedFaq: [], findEvaluation: null, findStaffToken: null, revokeStaffToken: false } satisfies Partial<Record<keyof FeedbackRepository, unknown>>
