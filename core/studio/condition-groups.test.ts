import { describe, expect, it } from 'vitest'
import type { Condition } from '../conditions/condition.ts'
import { negated, nodeOf, withClause, withClauseAt, withJoin, withoutClause } from './condition-groups.ts'

const food: Condition = { answer: 'food', is: true }
const area: Condition = { answer: 'area', gte: 50 }
const sign: Condition = { answer: 'extras', includes: 'outdoor-sign' }

describe('building compound conditions with buttons', () => {
  it('turns a comparison into a 全部满足 group when a clause is added, and adds further clauses to the group', () => {
    const two = withClause(food, area)
    expect(two).toEqual({ all: [food, area] })
    expect(withClause(two, sign)).toEqual({ all: [food, area, sign] })
    expect(withClause({ not: food }, area)).toEqual({ all: [{ not: food }, area] })
  })

  it('switches a group between 全部满足 and 任一满足 keeping its clauses in order', () => {
    expect(withJoin({ all: [food, area] }, 'any')).toEqual({ any: [food, area] })
    expect(withJoin({ any: [food, area] }, 'all')).toEqual({ all: [food, area] })
    expect(withJoin(food, 'any')).toBe(food)
  })

  it('negates a condition and takes the negation off again', () => {
    expect(negated(food)).toEqual({ not: food })
    expect(negated({ not: { any: [food, area] } })).toEqual({ any: [food, area] })
  })

  it('replaces one clause, and removing a clause from a pair leaves the other clause alone rather than a group of one', () => {
    expect(withClauseAt({ any: [food, area] }, 1, sign)).toEqual({ any: [food, sign] })
    expect(withoutClause({ all: [food, area, sign] }, 1)).toEqual({ all: [food, sign] })
    expect(withoutClause({ any: [food, area] }, 0)).toEqual(area)
  })

  it('reads the top of a condition as a group, a negation or a comparison', () => {
    expect(nodeOf({ any: [food, area] })).toEqual({ kind: 'group', join: 'any', clauses: [food, area] })
    expect(nodeOf({ not: food })).toEqual({ kind: 'not', inner: food })
    expect(nodeOf(area)).toEqual({ kind: 'comparison', comparison: area })
  })
})

describe('the condition builder on the shipped situations', () => {
  it('reads every condition of scenes/*.json into groups, negations and drop-down comparisons and rebuilds it unchanged', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const { scriptConditions } = await import('../scenes/script-conditions.ts')
    const { asSimple, fromSimple } = await import('./comparison-choices.ts')
    const rebuilt = (c: Condition): Condition => {
      const node = nodeOf(c)
      // A group passes each clause's edits up through withClauseAt, as the builder does.
      if (node.kind === 'group') return withJoin(node.clauses.reduce((g, clause, i) => withClauseAt(g, i, rebuilt(clause)), c), node.join)
      if (node.kind === 'not') return negated(rebuilt(node.inner))
      const simple = asSimple(node.comparison)
      return simple ? fromSimple(simple) : node.comparison
    }
    const files = readdirSync('scenes').filter((f) => f.endsWith('.json'))
    const conditions = files.flatMap((f) => scriptConditions(JSON.parse(readFileSync(`scenes/${f}`, 'utf8'))).map((c) => c.condition))
    expect(conditions.filter((c) => 'all' in c || 'any' in c).length).toBeGreaterThan(5)
    for (const condition of conditions) expect(rebuilt(condition)).toEqual(condition)
  })
})
