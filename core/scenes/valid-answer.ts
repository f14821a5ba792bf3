import type { AnswerValue } from '../conditions/condition.ts'
import type { QuestionStep } from './script.ts'

/**
 * Whether a value answers a question: one of its options (single), distinct options (multiple, at
 * least one), a finite number within min/max (number) or true/false (yes-no). Anything else, from a
 * stale share link or a crafted request, counts as no answer at all.
 */
export function isValidAnswer(question: QuestionStep | undefined, value: unknown): value is AnswerValue {
  if (!question) return false
  const options = new Set((question.options ?? []).map((o) => o.value))
  switch (question.input) {
    case 'single':
      return typeof value === 'string' && options.has(value)
    case 'multiple':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        new Set(value).size === value.length &&
        value.every((v) => typeof v === 'string' && options.has(v))
      )
    case 'yes-no':
      return typeof value === 'boolean'
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (question.min === undefined || value >= question.min) &&
        (question.max === undefined || value <= question.max)
      )
  }
}
