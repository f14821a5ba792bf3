import type { FormDefinition, FormField } from '../content/form.ts'
import { formFields } from './validate-form.ts'

/** One place a saved draft does not fit its form, located by JSON pointer. */
export type ShapeProblem = { pointer: string; message: string }

/**
 * The longest value a draft may keep in a field that sets no `maxLength`, by field type. A draft holds
 * only what its form defines, each value of its field's kind and within these lengths, so the
 * largest draft a form allows is small and known (README, "Security").
 */
export const defaultMaxLength: Record<FormField['type'], number> = {
  text: 500, 'person-name': 100, textarea: 10_000, address: 500, phone: 50, 'id-card': 50, uscc: 50, date: 30, select: 200, radio: 200,
  number: 50, checkbox: 200, group: 0,
}
/** Items a repeatable group may hold when it sets no `maxItems`. */
export const defaultMaxItems = 50

const fieldKind: Partial<Record<FormField['type'], string>> = { number: 'a number', checkbox: 'a list of choices', group: 'a list of items' }

/**
 * Checks that draft data holds only what the form defines: its fields (and fields its migrations
 * renamed or removed, for a save from a page opened before the form changed), each value of its
 * field's kind, strings within their length, groups within their item count. This is not validation
 * of the answers (a draft may be incomplete or wrong): that is validateForm's job at submit.
 *
 * @example checkDraftShape(form, { 'no-such-field': 'x' }) // [{ pointer: '/data/no-such-field', message: 'this form has no field "no-such-field"' }]
 */
export function checkDraftShape(form: FormDefinition, data: Record<string, unknown>, base = '/data'): ShapeProblem[] {
  const former = new Set(form.migrations.flatMap((m) => [...Object.keys(m.rename), ...m.remove]))
  return checkScope(formFields(form), data, base, former)
}

function checkScope(fields: readonly FormField[], data: Record<string, unknown>, base: string, former: ReadonlySet<string>): ShapeProblem[] {
  const byId = new Map(fields.map((f) => [f.id, f]))
  const problems: ShapeProblem[] = []
  for (const [key, value] of Object.entries(data)) {
    const pointer = `${base}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`
    const field = byId.get(key)
    if (field) problems.push(...checkValue(field, value, pointer, former))
    else if (!former.has(key)) problems.push({ pointer, message: `this form has no field "${key}"` })
    if (problems.length >= 20) break // enough to act on; the rest would only cost time
  }
  return problems
}

function checkValue(field: FormField, value: unknown, pointer: string, former: ReadonlySet<string>): ShapeProblem[] {
  const wrong = (): ShapeProblem[] => [{ pointer, message: `use ${fieldKind[field.type] ?? 'text'} for this ${field.type} field` }]
  switch (field.type) {
    case 'group': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))) return wrong()
      const max = field.maxItems ?? defaultMaxItems
      if (value.length > max) return [{ pointer, message: `at most ${max} items` }]
      return value.flatMap((item, i) => checkScope(field.fields ?? [], item as Record<string, unknown>, `${pointer}/${i}`, former))
    }
    case 'checkbox':
      if (field.options === undefined) return typeof value === 'boolean' ? [] : [{ pointer, message: 'use true or false for this checkbox' }]
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return wrong()
      if (value.length > field.options.length) return [{ pointer, message: `at most ${field.options.length} choices` }]
      return value.flatMap((v, i) => tooLong(v, defaultMaxLength.checkbox, `${pointer}/${i}`))
    case 'number':
      if (typeof value === 'number') return Number.isFinite(value) ? [] : wrong()
      return typeof value === 'string' ? tooLong(value, defaultMaxLength.number, pointer) : wrong()
    default:
      return typeof value === 'string' ? tooLong(value, field.maxLength ?? defaultMaxLength[field.type], pointer) : wrong()
  }
}

/** Counted in characters (code points), as validateForm and the browser's maxlength count them. */
function tooLong(value: string, max: number, pointer: string): ShapeProblem[] {
  if (value.length <= max || [...value].length <= max) return []
  return [{ pointer, message: `at most ${max} characters` }]
}
