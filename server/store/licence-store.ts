import type { AuditEntry } from './audit-log.ts'
import { text, type Row, type RowReader } from './row-reader.ts'

/** An electronic licence as stored: the signed JWS sealed under the data key, and what verifying needs beside it. */
export type StoredLicence = {
  id: string
  licenceType: string
  matterId: string
  applicationId: string
  jwsSealed: string
  issuedAt: Date
  /** Null: valid until revoked. */
  validUntil: Date | null
  revokedAt: Date | null
  revokedReason: string | null
  revokedBy: string | null
}

export type Revocation = { at: Date; reason: string; by: string }

/** A signed licence ready to store, with the audit entry that records its issue (written with it or not at all). */
export type LicenceIssue = { licence: StoredLicence; audit: AuditEntry }

/**
 * Electronic licences (migration 009), with an SQLite adapter (licence-sqlite.ts) and a PostgreSQL one
 * (licence-postgres.ts) held to one contract (licence-store.contract.ts). Issuing and revoking write their
 * audit entry in the same transaction. At 办结 the licence is written by the repository's changeStatus, in
 * the transaction that finishes the application (StatusTransition.licence), so none is ever missing.
 */
export interface LicenceStore {
  readonly kind: 'sqlite' | 'postgres'
  /** Stores a licence; an application has at most one, so issuing again answers with the first (created false, no audit entry). */
  issue(issue: LicenceIssue): Promise<{ licence: StoredLicence; created: boolean }>
  find(id: string): Promise<StoredLicence | null>
  findByApplication(applicationId: string): Promise<StoredLicence | null>
  /** The licences of the applications a citizen owns (their drafts' applications), newest first. */
  ofCitizen(citizen: string): Promise<StoredLicence[]>
  /** The numbers of finished (办结) applications of these matters that hold no licence, oldest first. */
  unissued(matterIds: readonly string[]): Promise<string[]>
  /** Revokes a current licence; null (nothing written) when it is unknown or revoked already. */
  revoke(id: string, revocation: Revocation, audit: AuditEntry): Promise<StoredLicence | null>
}

export const licenceLookups = { find: null, findByApplication: null, ofCitizen: [], unissued: [] } satisfies Partial<Record<keyof LicenceStore, unknown>>

/** A licences row, read the same on both drivers. */
export function toLicence(r: Row, read: RowReader): StoredLicence {
  const time = (v: unknown) => (v === null || v === undefined ? null : read.time(v))
  return {
    id: r.id as string, licenceType: r.licence_type as string, matterId: r.matter_id as string, applicationId: r.application_id as string,
    jwsSealed: r.jws_sealed as string, issuedAt: read.time(r.issued_at), validUntil: time(r.valid_until),
    revokedAt: time(r.revoked_at), revokedReason: text(r.revoked_reason), revokedBy: text(r.revoked_by),
  }
}

/** The licences whose application was made from a draft the citizen owns; `?` or `$1` is the citizen. */
export const licencesOfCitizen = (param: string) => `SELECT l.* FROM licences l JOIN applications a ON a.id = l.application_id
  JOIN citizen_drafts o ON o.token_hash = a.draft_token_hash WHERE o.citizen = ${param} ORDER BY l.issued_at DESC, l.id`

/** Finished applications of the matters in `matters` (a list parameter) with no licence row. */
export const unissuedApplications = (matters: string) => `SELECT a.number FROM applications a LEFT JOIN licences l ON l.application_id = a.id
  WHERE a.status = 'completed' AND l.id IS NULL AND a.matter_id IN (${matters}) ORDER BY a.submitted_at, a.number`
