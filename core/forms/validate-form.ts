import type { Answers } from '../conditions/condition.ts'
import type { FormDefinition, FormField } from '../content/form.ts'
import type { Text } from '../content/text.ts'
import { fieldMessage, type FieldProblemCode } from './field-messages.ts'
import { isEmptyValue, type FieldValue, type FormData } from './form-data.ts'
import { validateIdCard } from './validate-id-card.ts'
import { isValidPhone } from './validate-phone.ts'
import { validateUscc } from './validate-uscc.ts'
import { isItem, isRequired, resolveScope } from './visible-fields.ts'

/** One refused field: a JSON pointer into the form data (e.g. `/shareholders/1/name`), why, and what to do. */
export type FieldProblem = { pointer: string; field: string; code: FieldProblemCode; message: Text }

/** Every field of a form, in form order, with the sections flattened away. */
export function formFields(form: FormDefinition): FormField[] {
  return form.sections.flatMap((section) => section.fields)
}

/**
 * Checks a whole form as the citizen submits it, in the browser and again on the server. Hidden fields
 * (`when` false) are not checked; `required` may be a condition. Returns every problem at once, in
 * form order, so the citizen is told once what is missing (一次性告知).
 *
 * @example validateForm(form, { 'company-name': '' }) // [{ pointer: '/company-name', code: 'required', ... }]
 */
export function validateForm(form: FormDefinition, data: FormData): FieldProblem[] {
  return validateScope(formFields(form), data, '', {})
}

function validateScope(fields: readonly FormField[], data: FormData, prefix: string, outer: Answers): FieldProblem[] {
  const { answers, hidden } = resolveScope(fields, data, outer)
  const problems: FieldProblem[] = []
  for (const field of fields) {
    if (hidden.has(field.id)) continue
    const pointer = `${prefix}/${escapePointer(field.id)}`
    const value = data[field.id]
    if (isEmptyValue(value) || value === undefined || (field.type === 'checkbox' && value === false)) {
      if (isRequired(field, answers) || (field.minItems ?? 0) > 0) problems.push(problem(pointer, field, 'required'))
      continue
    }
    if (field.type === 'group') problems.push(...validateGroup(field, value, pointer, answers))
    else {
      const code = checkValue(field, value)
      if (code) problems.push(problem(pointer, field, code))
    }
  }
  return problems
}

function validateGroup(field: FormField, value: FieldValue, pointer: string, answers: Answers): FieldProblem[] {
  if (!Array.isArray(value) || !(value as unknown[]).every(isItem)) return [problem(pointer, field, 'wrong_type')]
  const items = value as FormData[]
  const problems: FieldProblem[] = []
  if (field.minItems !== undefined && items.length < field.minItems) problems.push(problem(pointer, field, 'too_few_items'))
  if (field.maxItems !== undefined && items.length > field.maxItems) problems.push(problem(pointer, field, 'too_many_items'))
  items.forEach((item, index) => problems.push(...validateScope(field.fields ?? [], item, `${pointer}/${index}`, answers)))
  return problems
}

/** The problem with one non-empty value of a non-group field, or null. */
function checkValue(field: FormField, value: FieldValue): FieldProblemCode | null {
  switch (field.type) {
    case 'number':
      return checkNumber(field, value)
    case 'checkbox':
      return checkCheckbox(field, value)
    case 'group':
      return null
  }
  if (typeof value !== 'string') return 'wrong_type'
  switch (field.type) {
    case 'date':
      return isRealIsoDate(value.trim()) ? null : 'invalid_date'
    case 'select':
    case 'radio':
      return field.options && !field.options.some((o) => o.value === value) ? 'not_an_option' : null
    case 'phone':
      return isValidPhone(value) ? null : 'invalid_phone'
    case 'id-card':
      return validateIdCard(value)
    case 'uscc':
      return validateUscc(value)
    default:
      return field.maxLength !== undefined && [...value.trim()].length > field.maxLength ? 'too_long' : null
  }
}

function checkNumber(field: FormField, value: FieldValue): FieldProblemCode | null {
  if (typeof value !== 'number' && typeof value !== 'string') return 'wrong_type'
  const n = typeof value === 'number' ? value : Number(value.trim())
  if (!Number.isFinite(n)) return 'not_a_number'
  if (field.min !== undefined && n < field.min) return 'too_small'
  if (field.max !== undefined && n > field.max) return 'too_large'
  return null
}

/** A checkbox with options is a multiple choice; without options it is one yes/no box (e.g. "I agree"). */
function checkCheckbox(field: FormField, value: FieldValue): FieldProblemCode | null {
  if (!field.options) return typeof value === 'boolean' ? null : 'wrong_type'
  if (!Array.isArray(value) || !(value as unknown[]).every((v) => typeof v === 'string')) return 'wrong_type'
  const allowed = new Set(field.options.map((o) => o.value))
  return (value as string[]).every((v) => allowed.has(v)) ? null : 'not_an_option'
}

function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function problem(pointer: string, field: FormField, code: FieldProblemCode): FieldProblem {
  return { pointer, field: field.id, code, message: fieldMessage(code, field) }
}

/** RFC 6901: "~" and "/" in a key are escaped so the pointer stays unambiguous. */
function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}
