import type { FormDefinition, FormField } from '../content/form.ts'
import { isEmptyValue, type FieldValue, type FormData } from './form-data.ts'
import { formFields } from './validate-form.ts'
import { isItem } from './visible-fields.ts'

/** A saved value the current form has no place for; shown to the citizen, never dropped silently. */
export type UnmovedValue = { field: string; value: FieldValue }
export type MigratedDraft = { data: FormData; unmoved: UnmovedValue[] }

/**
 * Moves a draft saved against `fromVersion` of a form to its current version. Each migration
 * (`from: n`) moves data from version n to n + 1: renamed fields carry their values, removed fields'
 * values are reported in `unmoved`, and so is any value the current form does not know (a field
 * dropped without a migration, or a draft from a newer form), including keys inside group items.
 *
 * @example migrateDraft(form, { 'legal-rep': '张三' }, 1) // { data: { 'legal-representative': '张三' }, unmoved: [] }
 */
export function migrateDraft(form: FormDefinition, data: FormData, fromVersion: number): MigratedDraft {
  const moved: FormData = { ...data }
  const unmoved: UnmovedValue[] = []
  const steps = [...form.migrations].filter((m) => m.from >= fromVersion && m.from < form.version).sort((a, b) => a.from - b.from)
  for (const step of steps) {
    for (const [from, to] of Object.entries(step.rename)) {
      const value = moved[from]
      if (value === undefined) continue
      delete moved[from]
      // Never overwrite: if the new field already holds something, the citizen chooses.
      if (isEmptyValue(moved[to])) moved[to] = value
      else if (!isEmptyValue(value)) unmoved.push({ field: from, value })
    }
    for (const removed of step.remove) {
      const value = moved[removed]
      if (value === undefined) continue
      delete moved[removed]
      if (!isEmptyValue(value)) unmoved.push({ field: removed, value })
    }
  }
  return { data: sweepUnknown(formFields(form), moved, '', unmoved), unmoved }
}

/** Keeps what the fields know; reports everything else into `unmoved`. */
function sweepUnknown(fields: readonly FormField[], data: FormData, prefix: string, unmoved: UnmovedValue[]): FormData {
  const byId = new Map(fields.map((f) => [f.id, f]))
  const kept: FormData = {}
  for (const [key, value] of Object.entries(data)) {
    const field = byId.get(key)
    if (!field) {
      if (!isEmptyValue(value)) unmoved.push({ field: prefix + key, value })
      continue
    }
    if (field.type === 'group' && Array.isArray(value) && (value as unknown[]).every(isItem)) {
      kept[key] = (value as FormData[]).map((item, i) => sweepUnknown(field.fields ?? [], item, `${prefix}${key}/${i}/`, unmoved))
    } else kept[key] = value
  }
  return kept
}
