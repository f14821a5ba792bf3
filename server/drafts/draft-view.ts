import type { DraftView } from '../../core/api/drafts.ts'
import type { FormDefinition } from '../../core/content/form.ts'
import { maskEmail } from '../../core/forms/mask.ts'
import { migrateDraft } from '../../core/forms/migrate-draft.ts'
import { openFormData } from '../crypto/seal-form-data.ts'
import type { StoredDraft } from '../store/repository.ts'
import { formatResumeCode } from './draft-secrets.ts'
import { draftCatalogue, type DraftDeps } from './draft-deps.ts'

/**
 * Opens a stored draft and moves it to the form's current version. A position that names a section
 * the form no longer has is dropped, so the citizen starts from the first section instead of nowhere.
 * A matter that needs a trust level to submit online says so from the start (submitLevel), not at Submit.
 */
export function draftView(deps: DraftDeps, form: FormDefinition, draft: StoredDraft): DraftView {
  const { data, unmoved } = migrateDraft(form, openFormData(draft.data, deps.crypto), draft.formVersion)
  const matter = draftCatalogue(deps).matters.find((m) => m.id === form.matter)
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
    reminderEmail: draft.emailSealed ? maskEmail(deps.crypto.open(draft.emailSealed)) : null,
    ...(matter?.online.trustLevel ? { submitLevel: { level: matter.online.trustLevel, windows: matter.windows } } : {}),
  }
}
