import { z } from 'zod'

/**
 * What a citizen typed into a form, keyed by field id. Choices are strings, checkboxes string arrays,
 * a lone yes/no checkbox a boolean, numbers numbers (or the string still being typed), and a
 * repeatable group an array of items that are themselves form data.
 */
export type FieldValue = string | number | boolean | string[] | FormData[]
export type FormData = { [fieldId: string]: FieldValue }

// Keys starting with "$" are reserved for how the server stores values (e.g. encrypted ones).
const FieldKey = z.string().min(1).max(100).regex(/^[^$]/, 'a field id may not start with "$"')

export const FormData: z.ZodType<FormData> = z.lazy(() =>
  z.record(
    FieldKey,
    z.union([z.string().max(10_000), z.number(), z.boolean(), z.array(z.string().max(10_000)).max(500), z.array(FormData).max(500)]),
  ),
)

/** True when a value holds nothing the citizen typed: absent, blank, or an empty list. */
export function isEmptyValue(value: FieldValue | undefined): boolean {
  if (value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return false
}
