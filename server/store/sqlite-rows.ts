import type { ApplicationStatus } from '../../core/forms/application-status.ts'
import type { StatusEntry, StoredApplication, StoredDraft } from './repository.ts'

/** A row as better-sqlite3 returns it: column names in snake_case, times in epoch milliseconds. */
export type Row = Record<string, unknown>

export function toDraft(r: Row | undefined | null): StoredDraft | null {
  if (!r) return null
  return {
    id: r.id as string, tokenHash: r.token_hash as string, tokenSealed: r.token_sealed as string, resumeCodeHash: r.resume_code_hash as string,
    resumeCodeSealed: r.resume_code_sealed as string, formId: r.form_id as string, formVersion: r.form_version as number,
    data: JSON.parse(r.data as string), position: (r.position as string | null) ?? null, revision: r.revision as number,
    expiresAt: new Date(r.expires_at as number), createdAt: new Date(r.created_at as number), updatedAt: new Date(r.updated_at as number),
  }
}

export function toApplication(r: Row | undefined | null): StoredApplication | null {
  if (!r) return null
  return {
    id: r.id as string, number: r.number as string, draftTokenHash: (r.draft_token_hash as string | null) ?? null, formId: r.form_id as string,
    formVersion: r.form_version as number, matterId: r.matter_id as string, data: JSON.parse(r.data as string),
    idLookupHash: (r.id_lookup_hash as string | null) ?? null, status: r.status as ApplicationStatus, submittedAt: new Date(r.submitted_at as number),
  }
}

export function toStatusEntry(r: Row): StatusEntry {
  return { at: new Date(r.at as number), actor: r.actor as string, status: r.status as ApplicationStatus, note: (r.note as string | null) ?? null }
}
