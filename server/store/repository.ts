import type { ApplicationStatus } from '../../core/forms/application-status.ts'
import type { CorrectionNotice } from '../../core/review/correction-notice.ts'
import type { AuditEntry } from './audit-log.ts'
import type { LicenceIssue } from './licence-store.ts'

/**
 * A draft as stored. `data` is JSON whose personal values are already sealed (see server/crypto);
 * the token and the resume code are kept hashed for lookup and sealed so they can be shown again.
 */
export type StoredDraft = {
  id: string
  tokenHash: string
  tokenSealed: string
  resumeCodeHash: string
  resumeCodeSealed: string
  formId: string
  formVersion: number
  data: unknown
  position: string | null
  revision: number
  expiresAt: Date
  createdAt: Date
  updatedAt: Date
  /** Where the expiry warning goes (save and return, §6.3), sealed; null when the citizen left no address. */
  emailSealed: string | null
}

/** One save of a draft, accepted only if the draft is still at `expectedRevision`. */
export type DraftSave = {
  tokenHash: string
  expectedRevision: number
  formVersion: number
  data: unknown
  position: string | null
  updatedAt: Date
  expiresAt: Date
}

export type SaveResult =
  | { status: 'saved'; revision: number }
  | { status: 'conflict'; current: StoredDraft }
  | { status: 'missing' }

/** An application (办件). `idLookupHash` is a keyed hash of the number and the ID number's last 4. */
export type StoredApplication = {
  id: string
  number: string
  draftTokenHash: string | null
  formId: string
  formVersion: number
  matterId: string
  data: unknown
  idLookupHash: string | null
  status: ApplicationStatus
  submittedAt: Date
  /** 1 at submission; each resubmitted correction adds one (see StoredRevision). */
  revision: number
}

/** One submission of an application as the citizen sent it: `data` sealed like the application's. */
export type StoredRevision = { revision: number; data: unknown; materials: Record<string, string>; submittedAt: Date }

/** One entry of an application's append-only status history. */
export type StatusEntry = { at: Date; actor: string; status: ApplicationStatus; note: string | null }

/** The citizen's submission: the application, its first status, and the audit entry that records it. */
export type Submission = { application: StoredApplication; firstStatus: StatusEntry; audit: AuditEntry }
export type SubmitResult = { application: StoredApplication; created: boolean } | null

/**
 * Staff moving an application on: the status it must still have, the history entry, and the audit entry;
 * at 办结 of a matter that issues one, the signed licence, written in the same transaction.
 */
export type StatusTransition = { applicationId: string; from: ApplicationStatus; entry: StatusEntry; audit: AuditEntry; notice?: CorrectionNotice; licence?: LicenceIssue }

/** The citizen's corrected application: accepted only over `expectedRevision` while corrections are asked for. */
export type Resubmission = { applicationId: string; expectedRevision: number; revision: StoredRevision; entry: StatusEntry; audit: AuditEntry }

/**
 * The one storage interface, with an SQLite adapter (sqlite.ts) and a PostgreSQL adapter
 * (postgres.ts); repository.contract.ts holds both to the same behaviour.
 */
export interface Repository {
  readonly kind: 'sqlite' | 'postgres'
  /** 'duplicate_resume_code' when the code is taken (the caller draws another). */
  insertDraft(draft: StoredDraft): Promise<'ok' | 'duplicate_resume_code'>
  findDraftByTokenHash(tokenHash: string): Promise<StoredDraft | null>
  findDraftByResumeCodeHash(resumeCodeHash: string): Promise<StoredDraft | null>
  /** Saves only over the expected revision; otherwise says what is stored now. */
  saveDraft(save: DraftSave): Promise<SaveResult>
  deleteDraft(tokenHash: string): Promise<boolean>
  /** Sets (or, with null, removes) the sealed e-mail address of a draft; false when there is no such draft. */
  setDraftEmail(tokenHash: string, emailSealed: string | null): Promise<boolean>
  /** Deletes drafts whose expiry is at or before `now`; returns how many. */
  deleteExpiredDrafts(now: Date): Promise<number>
  /** The next number in a year's application sequence, starting at 1. Gaps are possible, repeats never. */
  nextApplicationSequence(year: number): Promise<number>
  /**
   * In one transaction: create the application with its first status, write its audit entry and delete
   * the draft. If the same draft token was submitted before, returns that application (`created: false`)
   * and writes nothing; null if neither the draft nor an earlier submission exists.
   */
  submitDraft(submission: Submission): Promise<SubmitResult>
  findApplicationByNumber(number: string): Promise<StoredApplication | null>
  /** The application a draft became, found by the draft's token hash (for a repeated submit). */
  findApplicationByDraftToken(tokenHash: string): Promise<StoredApplication | null>
  /**
   * In one transaction: appends the entry to the history, sets the current status and writes the audit
   * entry (and the licence with its own entry, when given), if the application still has the status `from`. False, with nothing written, when it has
   * moved on meanwhile. History entries are never changed.
   */
  changeStatus(transition: StatusTransition): Promise<boolean>
  statusHistory(applicationId: string): Promise<StatusEntry[]>
  /**
   * In one transaction, if the application is 补正中 at `expectedRevision`: stores the revision as its
   * current data, moves it to the entry's status (pre-review), appends the history and the audit entry.
   * False, with nothing written, otherwise.
   */
  resubmit(resubmission: Resubmission): Promise<boolean>
  /** Every submission of an application, oldest first. */
  revisions(applicationId: string): Promise<StoredRevision[]>
  /** Every request for corrections (written by changeStatus with a notice), oldest first. */
  correctionNotices(applicationId: string): Promise<CorrectionNotice[]>
}

/** What each look-up of a Repository answers when its key is text no store keeps: nothing found. */
export const repositoryLookups = {
  findDraftByTokenHash: null, findDraftByResumeCodeHash: null, deleteDraft: false, findApplicationByNumber: null, findApplicationByDraftToken: null, statusHistory: [], revisions: [], correctionNotices: [],
} satisfies Partial<Record<keyof Repository, unknown>>
