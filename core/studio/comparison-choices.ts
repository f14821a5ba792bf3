import type { Condition } from '../conditions/condition.ts'
import type { QuestionStep } from '../scenes/script.ts'

/** The comparisons the studio's drop-downs build: one question, one operator, one value (or, for `in`, several options). */
export type SimpleOperator = 'is' | 'in' | 'includes' | 'gt' | 'gte' | 'lt' | 'lte'
export type SimpleComparison = { answer: string; operator: SimpleOperator; value: string | number | boolean | (string | number)[] }
const simpleOperators = ['is', 'in', 'includes', 'gt', 'gte', 'lt', 'lte'] as const

/**
 * The operators that make sense for a question's kind (the ones the check accepts for it).
 *
 * @example operatorsFor({ input: 'number' }) // ['gte', 'gt', 'lte', 'lt', 'is']
 * @example operatorsFor({ input: 'single' }) // ['is', 'in'] (in: 是其中之一)
 */
export function operatorsFor(question: Pick<QuestionStep, 'input'>): SimpleOperator[] {
  switch (question.input) {
    case 'number':
      return ['gte', 'gt', 'lte', 'lt', 'is']
    case 'multiple':
      return ['includes']
    case 'single':
      return ['is', 'in']
    default:
      return ['is']
  }
}

/**
 * The comparison the studio starts with when a question is picked: "yes", the first option, or at
 * least the question's minimum, so the condition is valid from the first click.
 */
export function firstComparison(question: QuestionStep): Condition {
  switch (question.input) {
    case 'yes-no':
      return { answer: question.id, is: true }
    case 'number':
      return { answer: question.id, gte: question.min ?? 0 }
    case 'multiple':
      return { answer: question.id, includes: question.options?.[0]?.value ?? '' }
    case 'single':
      return { answer: question.id, is: question.options?.[0]?.value ?? '' }
  }
}

/** A comparison as the drop-downs show it, or null when it is compound (all/any/not) or `answered`. */
export function asSimple(condition: Condition | undefined): SimpleComparison | null {
  if (!condition || !('answer' in condition)) return null
  const operator = simpleOperators.find((op) => op in condition)
  if (!operator) return null
  return { answer: condition.answer, operator, value: (condition as Record<string, SimpleComparison['value']>)[operator]! }
}

/**
 * The comparison after its operator is changed in the drop-down, keeping what still fits: `is` a
 * ⇄ `in` [a] for a single-choice question, the number between number operators.
 *
 * @example withOperator({ answer: 'form', operator: 'is', value: 'company' }, 'in') // { answer: 'form', in: ['company'] }
 */
export function withOperator(simple: SimpleComparison, operator: SimpleOperator): Condition {
  const { value } = simple
  if (operator === 'in') return fromSimple({ ...simple, operator, value: Array.isArray(value) ? value : [value as string | number] })
  return fromSimple({ ...simple, operator, value: Array.isArray(value) ? (value[0] ?? '') : value })
}

/** The condition the drop-downs describe. */
export function fromSimple({ answer, operator, value }: SimpleComparison): Condition {
  return { answer, [operator]: value } as Condition
}
