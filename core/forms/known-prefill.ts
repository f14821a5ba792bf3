import type { FormDefinition, FormField } from '../content/form.ts'
import type { Citizen } from '../identity/citizen.ts'
import type { FormData } from './form-data.ts'
import { validateForm } from './validate-form.ts'

/** Which identity claim fills a field (content: a form field's `identity`). */
export type IdentityClaim = 'name' | 'id-number' | 'phone'
/** Where a prefilled answer came from: the verified identity, or the citizen's own earlier application. */
export type PrefillSource = 'identity' | 'earlier'
export type KnownPrefill = { data: FormData; sources: Record<string, PrefillSource> }

const claimOf = (citizen: Citizen, claim: IdentityClaim): string | null =>
  claim === 'name' ? citizen.name || null : claim === 'id-number' ? citizen.idNumber : citizen.phone

/**
 * What the government already knows, filled into a new form for a signed-in citizen (Shanghai 好办: from 填表
 * to 审表): a field marked with `identity` takes that verified claim; any other field takes the citizen's
 * answer from their latest earlier application that has one and that the field still accepts. Each filled
 * field says where it came from, so the form can mark it.
 *
 * @example knownPrefill(form, citizen, [earlierData]) // { data: { 'contact-phone': '13800138000', ... }, sources: { 'contact-phone': 'identity', ... } }
 */
export function knownPrefill(form: FormDefinition, citizen: Citizen, earlier: readonly FormData[]): KnownPrefill {
  const data: FormData = {}
  const sources: Record<string, PrefillSource> = {}
  for (const field of form.sections.flatMap((s) => s.fields)) {
    const identity = field.identity ? claimOf(citizen, field.identity) : null
    if (identity !== null) {
      data[field.id] = identity
      sources[field.id] = 'identity'
      continue
    }
    const answer = earlier.map((d) => d[field.id]).find((v) => v !== undefined && v !== '' && fits(form, field, v))
    if (answer !== undefined) {
      data[field.id] = answer
      sources[field.id] = 'earlier'
    }
  }
  return { data, sources }
}

/** Whether the field accepts the value today (the form may have changed since): no problem of its own. */
function fits(form: FormDefinition, field: FormField, value: FormData[string]): boolean {
  return !validateForm(form, { [field.id]: value }).some((p) => p.field === field.id && p.code !== 'required')
}

/** The share of a form's top-level fields a prefill fills, 0 to 1. */
export function filledShare(form: FormDefinition, prefill: KnownPrefill): number {
  const fields = form.sections.flatMap((s) => s.fields)
  return fields.length === 0 ? 0 : fields.filter((f) => prefill.data[f.id] !== undefined).length / fields.length
}
