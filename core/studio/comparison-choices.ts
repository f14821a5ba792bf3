import type { Condition } from '../conditions/condition.ts'
import type { QuestionStep } from '../scenes/script.ts'

/** The comparisons the studio's drop-downs build: one question, one operator, one value. */
export type SimpleOperator = 'is' | 'includes' | 'gt' | 'gte' | 'lt' | 'lte'
export type SimpleComparison = { answer: string; operator: SimpleOperator; value: string | number | boolean }

/**
 * The operators that make sense for a question's kind (the ones the check accepts for it).
 *
 * @example operatorsFor({ input: 'number' }) // ['gte', 'gt', 'lte', 'lt', 'is']
 */
export function operatorsFor(question: Pick<QuestionStep, 'input'>): SimpleOperator[] {
  switch (question.input) {
    case 'number':
      return ['gte', 'gt', 'lte', 'lt', 'is']
    case 'multiple':
      return ['includes']
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

/** A condition as the drop-downs show it, or null when it is compound (all/any/not, in, answered). */
export function asSimple(condition: Condition | undefined): SimpleComparison | null {
  if (!condition || !('answer' in condition)) return null
  const operator = (['is', 'includes', 'gt', 'gte', 'lt', 'lte'] as const).find((op) => op in condition)
  if (!operator) return null
  return { answer: condition.answer, operator, value: (condition as Record<string, string | number | boolean>)[operator]! }
}

/** The condition the drop-downs describe. */
export function fromSimple({ answer, operator, value }: SimpleComparison): Condition {
  return { answer, [operator]: value } as Condition
}
