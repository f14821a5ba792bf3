import type { FormDefinition } from '../../core/content/form.ts'
import type { FormData } from '../../core/forms/form-data.ts'
import { migrateDraft, type UnmovedValue } from '../../core/forms/migrate-draft.ts'
import { openFormData } from '../crypto/seal-form-data.ts'
import type { StoredDraft } from '../store/repository.ts'
import { formatResumeCode } from './draft-secrets.ts'
import type { DraftDeps } from './draft-deps.ts'

/** A draft as the citizen's browser receives it. */
export type DraftView = {
  id: string
  token: string
  resumeCode: string
  formId: string
  formVersion: number
  data: FormData
  position: string | null
  revision: number
  expiresAt: string
  updatedAt: string
  /** Saved values the current form version has no field for; the UI shows them to the citizen. */
  unmoved: UnmovedValue[]
}

/**
 * Opens a stored draft and moves it to the form's current version. A position that names a section
 * the form no longer has is dropped, so the citizen starts from the first section instead of nowhere.
 */
export function draftView(deps: DraftDeps, form: FormDefinition, draft: StoredDraft): DraftView {
  const { data, unmoved } = migrateDraft(form, openFormData(draft.data, deps.crypto), draft.formVersion)
  const position = draft.position !== null && form.sections.some((s) => s.id === draft.position) ? draft.position : null
  return {
    id: draft.id,
    token: deps.crypto.open(draft.tokenSealed),
    resumeCode: formatResumeCode(deps.crypto.open(draft.resumeCodeSealed)),
    formId: form.id,
    formVersion: form.version,
    data,
    position,
    revision: draft.revision,
    expiresAt: draft.expiresAt.toISOString(),
    updatedAt: draft.updatedAt.toISOString(),
    unmoved,
  }
}
