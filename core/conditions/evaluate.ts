import type { AnswerValue, Answers, Condition } from './condition.ts'

/**
 * Evaluates a condition against answers. A comparison on an unanswered question is false, so
 * `{ "not": { "answer": "area", "lt": 50 } }` is true until "area" is answered; ask with
 * `{ "answer": "area", "answered": false }` when that matters.
 *
 * @example evaluate({ answer: 'services', includes: 'food' }, { services: ['food', 'drink'] }) // true
 */
export function evaluate(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers))
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers))
  if ('not' in condition) return !evaluate(condition.not, answers)
  const value: AnswerValue | undefined = Object.hasOwn(answers, condition.answer) ? answers[condition.answer] : undefined
  if ('answered' in condition) return (value !== undefined) === condition.answered
  if (value === undefined) return false
  if ('is' in condition) return value === condition.is
  if ('in' in condition) return (typeof value === 'string' || typeof value === 'number') && condition.in.includes(value)
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes)
  if (typeof value !== 'number') return false
  if ('gt' in condition) return value > condition.gt
  if ('gte' in condition) return value >= condition.gte
  if ('lt' in condition) return value < condition.lt
  return value <= condition.lte
}
