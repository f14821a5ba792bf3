import type { Condition } from '../conditions/condition.ts'

/** How a group's clauses combine: 全部满足 (`all`) or 任一满足 (`any`). */
export type Join = 'all' | 'any'

/** The studio's view of one node of a condition: a group of clauses, a negation, or one comparison. */
export type ConditionNode =
  | { kind: 'group'; join: Join; clauses: Condition[] }
  | { kind: 'not'; inner: Condition }
  | { kind: 'comparison'; comparison: Condition }

/**
 * What a condition is at its top, so the builder draws a group, a negation or a comparison.
 *
 * @example nodeOf({ any: [a, b] }) // { kind: 'group', join: 'any', clauses: [a, b] }
 */
export function nodeOf(condition: Condition): ConditionNode {
  if ('all' in condition) return { kind: 'group', join: 'all', clauses: condition.all }
  if ('any' in condition) return { kind: 'group', join: 'any', clauses: condition.any }
  if ('not' in condition) return { kind: 'not', inner: condition.not }
  return { kind: 'comparison', comparison: condition }
}

const group = (join: Join, clauses: Condition[]): Condition => (join === 'all' ? { all: clauses } : { any: clauses })

/**
 * "Add a clause": a group takes it as its last clause; anything else becomes the first clause of a
 * new 全部满足 group with it, so a comparison grows into a compound condition by buttons alone.
 *
 * @example withClause({ answer: 'food', is: true }, { answer: 'area', gte: 50 }) // { all: [{ answer: 'food', is: true }, { answer: 'area', gte: 50 }] }
 */
export function withClause(condition: Condition, clause: Condition): Condition {
  const node = nodeOf(condition)
  return node.kind === 'group' ? group(node.join, [...node.clauses, clause]) : { all: [condition, clause] }
}

/** The same clauses under the other join (全部满足 ⇄ 任一满足); a condition that is not a group is left as it is. */
export function withJoin(condition: Condition, join: Join): Condition {
  const node = nodeOf(condition)
  return node.kind === 'group' ? group(join, node.clauses) : condition
}

/** "Negate": wraps a condition in `not`, or takes an existing `not` off again. */
export function negated(condition: Condition): Condition {
  return 'not' in condition ? condition.not : { not: condition }
}

/** A group with clause `index` replaced (the builder's edits to one clause). */
export function withClauseAt(condition: Condition, index: number, clause: Condition): Condition {
  const node = nodeOf(condition)
  if (node.kind !== 'group') return condition
  return group(node.join, node.clauses.map((c, i) => (i === index ? clause : c)))
}

/**
 * A group without clause `index`. A group left with one clause becomes that clause, so removing
 * never leaves an `all` of one (which the file would keep as noise).
 *
 * @example withoutClause({ all: [a, b] }, 0) // b
 */
export function withoutClause(condition: Condition, index: number): Condition {
  const node = nodeOf(condition)
  if (node.kind !== 'group') return condition
  const rest = node.clauses.filter((_, i) => i !== index)
  return rest.length === 1 ? rest[0]! : rest.length === 0 ? condition : group(node.join, rest)
}
