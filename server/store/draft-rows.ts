import type { ApplicationStatus } from '../../core/forms/application-status.ts'
import type { CorrectionNotice } from '../../core/review/correction-notice.ts'
import type { StatusEntry, StoredApplication, StoredDraft, StoredRevision } from './repository.ts'
import { text, type Row, type RowReader } from './row-reader.ts'

/** Row mapping shared by drafts-sqlite.ts and drafts-postgres.ts. */
export function toDraft(r: Row | undefined, read: RowReader): StoredDraft | null {
  if (!r) return null
  return {
    id: r.id as string, tokenHash: r.token_hash as string, tokenSealed: r.token_sealed as string, resumeCodeHash: r.resume_code_hash as string,
    resumeCodeSealed: r.resume_code_sealed as string, formId: r.form_id as string, formVersion: r.form_version as number, data: read.json(r.data),
    position: text(r.position), revision: r.revision as number, expiresAt: read.time(r.expires_at), createdAt: read.time(r.created_at), updatedAt: read.time(r.updated_at),
    emailSealed: text(r.email_sealed),
  }
}

export function toApplication(r: Row | undefined, read: RowReader): StoredApplication | null {
  if (!r) return null
  return {
    id: r.id as string, number: r.number as string, draftTokenHash: text(r.draft_token_hash), formId: r.form_id as string,
    formVersion: r.form_version as number, matterId: r.matter_id as string, data: read.json(r.data), idLookupHash: text(r.id_lookup_hash),
    status: r.status as ApplicationStatus, submittedAt: read.time(r.submitted_at), revision: r.revision as number,
  }
}

export function toStatusEntry(r: Row, read: RowReader): StatusEntry {
  return { at: read.time(r.at), actor: r.actor as string, status: r.status as ApplicationStatus, note: text(r.note) }
}

export function toRevision(r: Row, read: RowReader): StoredRevision {
  return { revision: r.revision as number, data: read.json(r.data), materials: read.json(r.materials) as Record<string, string>, submittedAt: read.time(r.submitted_at) }
}

export function toNotice(r: Row, read: RowReader): CorrectionNotice {
  return {
    round: r.round as number, onRevision: r.on_revision as number, items: read.json(r.items) as CorrectionNotice['items'], note: text(r.note),
    requestedAt: read.time(r.requested_at), requestedBy: r.requested_by as string,
  }
}
