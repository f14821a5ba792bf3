import type { DraftView } from '../../core/api/drafts.ts'
import type { FormDefinition } from '../../core/content/form.ts'
import { fieldMessage } from '../../core/forms/field-messages.ts'
import type { FormData } from '../../core/forms/form-data.ts'
import { knownPrefill, type KnownPrefill } from '../../core/forms/known-prefill.ts'
import type { FieldProblem } from '../../core/forms/validate-form.ts'
import type { Citizen } from '../../core/identity/citizen.ts'
import { openFormData } from '../crypto/seal-form-data.ts'
import { draftCatalogue, type DraftDeps } from './draft-deps.ts'

/**
 * What is known for a signed-in citizen's new draft of `form`: their verified identity and their own
 * earlier applications of the same form, newest first. Null for an anonymous citizen.
 */
export async function knownFor(deps: DraftDeps, form: FormDefinition, person: Citizen | null, citizen: string | null): Promise<KnownPrefill | null> {
  if (!person || !citizen) return null
  const earlier = deps.owned ? (await deps.owned(citizen)).filter((a) => a.formId === form.id).map((a) => openFormData(a.data, deps.crypto)) : []
  return knownPrefill(form, person, earlier)
}

/** Whether the matter lets the applicant change what their verified identity filled in. */
const identityEditable = (deps: DraftDeps, form: FormDefinition) => draftCatalogue(deps).matters.find((m) => m.id === form.matter)?.online.identityEditable === true

/** The fields of `data` still holding what `known` filled in, each with its source, and whether it may be changed. */
export function prefillMarks(deps: DraftDeps, form: FormDefinition, data: FormData, known: KnownPrefill): NonNullable<DraftView['prefilled']> {
  const editable = identityEditable(deps, form)
  return Object.entries(known.sources).flatMap(([field, source]) =>
    JSON.stringify(data[field]) === JSON.stringify(known.data[field]) ? [{ field, source, locked: source === 'identity' && !editable }] : [],
  )
}

/** The verified values a signed-in citizen may not change (content: field identity; matter without identityEditable). */
export function lockedIdentity(deps: DraftDeps, form: FormDefinition, known: KnownPrefill | null): FormData {
  if (!known || identityEditable(deps, form)) return {}
  return Object.fromEntries(Object.entries(known.sources).filter(([, s]) => s === 'identity').map(([f]) => [f, known.data[f]!]))
}

/** A problem for each locked verified field whose value was changed. */
export function lockedProblems(form: FormDefinition, data: FormData, locked: FormData): FieldProblem[] {
  const fields = new Map(form.sections.flatMap((s) => s.fields).map((f) => [f.id, f]))
  return Object.entries(locked).flatMap(([id, value]) =>
    data[id] === value ? [] : [{ pointer: `/${id}`, field: id, code: 'identity_locked' as const, message: fieldMessage('identity_locked', fields.get(id)!) }],
  )
}
