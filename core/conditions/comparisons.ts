import type { ComparisonOperator, Condition } from './condition.ts'

/** One `{ answer, <operator>: value }` inside a condition, with the JSON pointer of its operator. */
export type Comparison = {
  answer: string
  operator: ComparisonOperator
  value: string | number | boolean | (string | number)[]
  /** Pointer to the operator's value, e.g. `/steps/4/next/0/when/all/1/gt`. */
  pointer: string
  /** Pointer to the comparison's `answer`, e.g. `/steps/4/next/0/when/all/1/answer`. */
  answerPointer: string
}

/**
 * Every comparison inside a condition, depth first. `base` is the condition's own pointer.
 *
 * @example comparisonsIn({ not: { answer: 'area', lt: 50 } }, '/w') // [{ answer: 'area', operator: 'lt', value: 50, pointer: '/w/not/lt', answerPointer: '/w/not/answer' }]
 */
export function comparisonsIn(condition: Condition, base: string): Comparison[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => comparisonsIn(c, `${base}/all/${i}`))
  if ('any' in condition) return condition.any.flatMap((c, i) => comparisonsIn(c, `${base}/any/${i}`))
  if ('not' in condition) return comparisonsIn(condition.not, `${base}/not`)
  const [operator, value] = Object.entries(condition).find(([key]) => key !== 'answer') as [ComparisonOperator, Comparison['value']]
  return [{ answer: condition.answer, operator, value, pointer: `${base}/${operator}`, answerPointer: `${base}/answer` }]
}
