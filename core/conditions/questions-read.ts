import type { Condition } from './condition.ts'

/**
 * The ids of the answers a condition reads, each once, in the order they first appear.
 *
 * @example questionsRead({ all: [{ answer: 'food', is: true }, { answer: 'area', gte: 50 }] }) // ['food', 'area']
 */
export function questionsRead(condition: Condition): string[] {
  const ids = new Set<string>()
  const visit = (c: Condition): void => {
    if ('all' in c) c.all.forEach(visit)
    else if ('any' in c) c.any.forEach(visit)
    else if ('not' in c) visit(c.not)
    else ids.add(c.answer)
  }
  visit(condition)
  return [...ids]
}
