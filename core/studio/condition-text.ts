import type { Condition } from '../conditions/condition.ts'

const symbols = { is: '=', gt: '>', gte: '≥', lt: '<', lte: '≤' } as const

/**
 * A condition as an editor reads it on the script map: short, with the answer ids the script uses.
 *
 * @example conditionText({ all: [{ answer: 'food', is: true }, { not: { answer: 'area', lt: 50 } }] }) // 'food = yes and not (area < 50)'
 */
export function conditionText(condition: Condition): string {
  if ('all' in condition) return condition.all.map(grouped).join(' and ')
  if ('any' in condition) return condition.any.map(grouped).join(' or ')
  if ('not' in condition) return `not ${grouped(condition.not)}`
  if ('in' in condition) return `${condition.answer} ∈ {${condition.in.join(', ')}}`
  if ('includes' in condition) return `${condition.answer} includes ${condition.includes}`
  if ('answered' in condition) return condition.answered ? `${condition.answer} answered` : `${condition.answer} not answered`
  const [operator, value] = Object.entries(condition).find(([key]) => key !== 'answer') as [keyof typeof symbols, string | number | boolean]
  return `${condition.answer} ${symbols[operator]} ${valueText(value)}`
}

/** Compound parts in parentheses, so "a and (b or c)" reads the way it is evaluated. */
function grouped(condition: Condition): string {
  const text = conditionText(condition)
  return 'all' in condition || 'any' in condition ? `(${text})` : text
}

function valueText(value: string | number | boolean): string {
  return typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)
}
