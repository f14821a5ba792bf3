import type { z } from 'zod'

type AnySchema = z.core.$ZodType
type Def = { type: string; [k: string]: unknown }
const def = (s: AnySchema): Def => s._zod.def as unknown as Def
type Check = { check: string; value?: number; minimum?: number; inclusive?: boolean }
const checks = (s: AnySchema): Check[] => ((def(s).checks as { _zod: { def: Check } }[] | undefined) ?? []).map((c) => c._zod.def)
/** A number's least and greatest accepted values (`min`/`max`, `positive()` as at least 1 for whole numbers). */
function bounds(s: AnySchema): { min?: number; max?: number } {
  const found: { min?: number; max?: number } = {}
  for (const c of checks(s)) {
    if (c.check === 'greater_than' && c.value !== undefined) found.min = c.inclusive ? c.value : c.value + 1
    if (c.check === 'less_than' && c.value !== undefined) found.max = c.inclusive ? c.value : c.value - 1
  }
  return found
}
const leastLength = (s: AnySchema): number => checks(s).find((c) => c.check === 'min_length')?.minimum ?? 0

/**
 * One field of a form the studio draws from a content schema (the matter's 办事指南): what control
 * it takes, whether it may be left out, and for lists and groups the fields inside. `path` is the
 * field's keys from the file's root without list positions (`materials.kind`), which names its label.
 */
export type FormField = { key: string; path: string; optional: boolean } & (
  | { kind: 'text' }
  | { kind: 'string' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'choice'; options: string[] }
  | { kind: 'choices'; options: string[] }
  | { kind: 'strings' }
  | { kind: 'numbers' }
  | { kind: 'texts'; min: number }
  | { kind: 'group'; fields: FormField[] }
  | { kind: 'list'; fields: FormField[]; min: number }
)

/** The schema without the wrappers that do not change the control (optional, default, lazy, pipe). */
function unwrapped(schema: AnySchema): { inner: AnySchema; optional: boolean } {
  let inner = schema
  let optional = false
  for (let d = def(inner); ['optional', 'default', 'prefault', 'nullable', 'lazy', 'pipe', 'readonly'].includes(d.type); d = def(inner)) {
    if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault' || d.type === 'nullable') optional = true
    inner = d.type === 'lazy' ? (d.getter as () => AnySchema)() : d.type === 'pipe' ? (d.in as AnySchema) : (d.innerType as AnySchema)
  }
  return { inner, optional }
}

/** A bilingual text is an object of exactly `zh` and `en`. */
const isText = (s: AnySchema) => def(s).type === 'object' && Object.keys(def(s).shape as object).sort().join() === 'en,zh'

function fieldOf(key: string, path: string, schema: AnySchema): FormField {
  const { inner, optional } = unwrapped(schema)
  const d = def(inner)
  const base = { key, path, optional }
  if (isText(inner)) return { ...base, kind: 'text' }
  switch (d.type) {
    case 'object':
      return { ...base, kind: 'group', fields: fieldsOf(inner, path) }
    case 'enum':
      return { ...base, kind: 'choice', options: Object.values(d.entries as Record<string, string>) }
    case 'boolean':
      return { ...base, kind: 'boolean' }
    case 'number':
      return { ...base, kind: 'number', ...bounds(inner) }
    case 'array': {
      const element = unwrapped(d.element as AnySchema).inner
      const min = leastLength(inner)
      const e = def(element)
      if (isText(element)) return { ...base, kind: 'texts', min }
      if (e.type === 'enum') return { ...base, kind: 'choices', options: Object.values(e.entries as Record<string, string>) }
      if (e.type === 'number') return { ...base, kind: 'numbers' }
      if (e.type === 'object') return { ...base, kind: 'list', fields: fieldsOf(element, path), min }
      return { ...base, kind: 'strings' }
    }
    default:
      return { ...base, kind: 'string' }
  }
}

/**
 * The fields of an object schema in the order it declares them (the order of the guide), `$schema`
 * left out: the studio's form for a content file, drawn from the one schema the checks use.
 *
 * @example fieldsOf(Matter).find((f) => f.key === 'legalLimit') // { key: 'legalLimit', path: 'legalLimit', kind: 'group', fields: [{ key: 'value', kind: 'number', min: 0, … }, …] }
 */
export function fieldsOf(schema: AnySchema, parent = ''): FormField[] {
  const { inner } = unwrapped(schema)
  const shape = def(inner).shape as Record<string, AnySchema>
  return Object.entries(shape)
    .filter(([key]) => key !== '$schema')
    .map(([key, s]) => fieldOf(key, parent ? `${parent}.${key}` : key, s))
}

/**
 * A new value for a field, valid in shape from the first keystroke: empty texts, the first option,
 * a group's required fields, and a list's least number of entries (a guide needs one legal basis).
 */
export function blankOf(field: FormField): unknown {
  switch (field.kind) {
    case 'text':
      return { zh: '', en: '' }
    case 'string':
      return ''
    case 'number':
      return field.min ?? 0
    case 'boolean':
      return false
    case 'choice':
      return field.options[0]
    case 'choices':
      return field.options.slice(0, 1)
    case 'strings':
    case 'numbers':
      return []
    case 'texts':
      return Array.from({ length: field.min }, () => ({ zh: '', en: '' }))
    case 'group':
      return blankGroup(field.fields)
    case 'list':
      return Array.from({ length: field.min }, () => blankGroup(field.fields))
  }
}

/** An object with every required field of `fields` blank, in the schema's order. */
export function blankGroup(fields: FormField[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => !f.optional).map((f) => [f.key, blankOf(f)]))
}

/**
 * The value as the file holds it: keys in the schema's order (so a new file reads like the guide),
 * and optional texts or strings left empty dropped, as an editor would leave them out.
 *
 * @example asFileValue(fieldsOf(LegalBasis), { article: { zh: '', en: '' }, name }) // { name }
 */
export function asFileValue(fields: FormField[], value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const record = value as Record<string, unknown>
  const known = fields.flatMap((f): [string, unknown][] => {
    const v = record[f.key]
    if (v === undefined || (f.optional && isEmpty(v))) return []
    if (f.kind === 'group') return [[f.key, asFileValue(f.fields, v)]]
    if (f.kind === 'list' && Array.isArray(v)) return [[f.key, v.map((item) => asFileValue(f.fields, item))]]
    return [[f.key, v]]
  })
  const rest = Object.entries(record).filter(([k, v]) => v !== undefined && !fields.some((f) => f.key === k))
  const schemaKey = '$schema' in record ? [['$schema', record.$schema] as [string, unknown]] : []
  return Object.fromEntries([...schemaKey, ...known, ...rest.filter(([k]) => k !== '$schema')])
}

const isEmpty = (v: unknown) => v === '' || (typeof v === 'object' && v !== null && (v as { zh?: unknown }).zh === '' && (v as { en?: unknown }).en === '' && Object.keys(v).length === 2)
