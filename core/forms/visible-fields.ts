import type { AnswerValue, Answers } from '../conditions/condition.ts'
import { evaluate } from '../conditions/evaluate.ts'
import type { FormField } from '../content/form.ts'
import { isEmptyValue, type FormData } from './form-data.ts'

/** Which fields of one scope (the form, or one group item) are hidden, and the answers their conditions read. */
export type Scope = { answers: Answers; hidden: ReadonlySet<string> }

/**
 * Resolves `when` conditions for the fields of one scope. A hidden field's value never counts as an
 * answer, so hiding one field can hide another: we repeat until nothing changes (at most once per field).
 * Inside a group item, conditions read the item's own fields first, then the form's.
 */
export function resolveScope(fields: readonly FormField[], data: FormData, outer: Answers = {}): Scope {
  let hidden: ReadonlySet<string> = new Set()
  for (let round = 0; round <= fields.length; round++) {
    const answers = { ...outer, ...toAnswers(fields, data, hidden) }
    const next = new Set(fields.filter((f) => f.when !== undefined && !evaluate(f.when, answers)).map((f) => f.id))
    if (next.size === hidden.size && [...next].every((id) => hidden.has(id))) return { answers, hidden }
    hidden = next
  }
  return { answers: { ...outer, ...toAnswers(fields, data, hidden) }, hidden }
}

/** Whether a shown field must be filled in: `required` is yes/no or a condition over the answers. */
export function isRequired(field: FormField, answers: Answers): boolean {
  if (field.required === undefined || typeof field.required === 'boolean') return field.required === true
  return evaluate(field.required, answers)
}

/** The fields' values as condition answers; numbers typed as text count as numbers. */
function toAnswers(fields: readonly FormField[], data: FormData, hidden: ReadonlySet<string>): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {}
  for (const field of fields) {
    const value = data[field.id]
    if (field.type === 'group' || hidden.has(field.id) || isEmptyValue(value) || value === undefined) continue
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string')) answers[field.id] = value as string[]
      continue
    }
    answers[field.id] = field.type === 'number' && typeof value === 'string' && Number.isFinite(Number(value)) ? Number(value) : value
  }
  return answers
}

/**
 * The data a submitted application keeps: only fields the form has and shows, so an answer the
 * citizen later made irrelevant is not sent to the department.
 */
export function applicableData(fields: readonly FormField[], data: FormData, outer: Answers = {}): FormData {
  const { answers, hidden } = resolveScope(fields, data, outer)
  const kept: FormData = {}
  for (const field of fields) {
    const value = data[field.id]
    if (value === undefined || hidden.has(field.id) || isEmptyValue(value)) continue
    if (field.type === 'group' && Array.isArray(value)) {
      kept[field.id] = (value as unknown[]).filter(isItem).map((item) => applicableData(field.fields ?? [], item, answers))
    } else kept[field.id] = value
  }
  return kept
}

export function isItem(value: unknown): value is FormData {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
