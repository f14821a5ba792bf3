import type { AnswerValue, Answers } from '../conditions/condition.ts'
import type { FormDefinition, FormField } from '../content/form.ts'
import type { FieldValue, FormData } from './form-data.ts'
import { formFields } from './validate-form.ts'

/**
 * Fills the fields whose `prefill` names a journey question with that question's answer, so a citizen
 * never types twice what they already told the guide. Answers that do not fit the field (a choice the
 * field does not offer, text for a number) are left out rather than prefilled wrongly.
 *
 * @example prefillForm(form, { employees: 3 }) // { 'employee-count': 3 }
 */
export function prefillForm(form: FormDefinition, answers: Answers): FormData {
  const data: FormData = {}
  for (const field of formFields(form)) {
    if (field.prefill === undefined || field.type === 'group') continue
    const answer = answers[field.prefill]
    if (answer === undefined) continue
    const value = fit(field, answer)
    if (value !== undefined) data[field.id] = value
  }
  return data
}

function fit(field: FormField, answer: AnswerValue): FieldValue | undefined {
  const offered = field.options ? new Set(field.options.map((o) => o.value)) : undefined
  switch (field.type) {
    case 'number':
      return typeof answer === 'number' ? answer : undefined
    case 'checkbox':
      if (!offered) return typeof answer === 'boolean' ? answer : undefined
      if (Array.isArray(answer)) return answer.filter((v) => offered.has(v))
      return typeof answer === 'string' && offered.has(answer) ? [answer] : undefined
    case 'select':
    case 'radio': {
      const value = typeof answer === 'boolean' ? String(answer) : typeof answer === 'number' ? String(answer) : answer
      return typeof value === 'string' && (!offered || offered.has(value)) ? value : undefined
    }
    default:
      return typeof answer === 'string' || typeof answer === 'number' ? String(answer) : undefined
  }
}
