import type { Answers } from '../conditions/condition.ts'
import type { Catalogue } from '../content/catalogue.ts'
import type { TimeLimit } from '../content/matter.ts'
import type { Text } from '../content/text.ts'
import { evaluate } from '../conditions/evaluate.ts'
import { orderByPrerequisites } from './order.ts'
import { outcomeItem, type OutcomeItem } from './outcome-item.ts'
import type { SceneScript } from './script.ts'
import { stepsById, walkPath } from './walk.ts'

export type { OutcomeItem } from './outcome-item.ts'

/** The 一次告知单: everything to do, in order, told once. */
export type Outcome = {
  step: string
  title: Text
  text?: Text
  items: OutcomeItem[]
  totals: { matters: number; hallVisits: number; longestPromisedDays: number; feesYuan: number; onlineMatters: number }
}

/**
 * Builds the outcome the answers lead to, or null unless their route ends at an outcome step.
 * Matters whose `when` fails are left out, as are matters missing from the catalogue (checkScene
 * reports those). Pure: the same script, catalogue and answers always give the same list.
 */
export function buildOutcome(script: SceneScript, catalogue: Catalogue, answers: Answers): Outcome | null {
  const step = stepsById(script).get(walkPath(script, answers).stop)
  if (step?.kind !== 'outcome') return null
  const matters = new Map(catalogue.matters.map((m) => [m.id, m]))
  const chosen = step.matters.filter((m) => matters.has(m.matter) && (!m.when || evaluate(m.when, answers)))
  const unique = [...new Map(chosen.map((m) => [m.matter, m])).values()]
  const ids = orderByPrerequisites(
    unique.map((m) => m.matter),
    (id) => matters.get(id)?.prerequisites ?? [],
  )
  const onList = new Set(ids)
  const items = ids.map((id, i) => {
    const entry = unique.find((m) => m.matter === id)!
    return outcomeItem(matters.get(id)!, entry, answers, catalogue.hall, i + 1, onList)
  })
  return { step: step.id, title: step.title, ...(step.text ? { text: step.text } : {}), items, totals: totalsOf(items) }
}

function totalsOf(items: OutcomeItem[]): Outcome['totals'] {
  return {
    matters: items.length,
    hallVisits: items.reduce((sum, item) => sum + item.visits, 0),
    longestPromisedDays: longestChain(items),
    feesYuan: items.reduce((sum, item) => sum + (item.fees.charged ? item.fees.items.reduce((s, fee) => s + (fee.amount ?? 0), 0) : 0), 0),
    onlineMatters: items.filter((item) => item.online.available).length,
  }
}

/**
 * Promised limits in working days. 自然日 (calendar days) count as ceil(days × 5 / 7) working days:
 * a week holds five working days, and public holidays are not known here.
 */
export function workingDays(limit: TimeLimit): number {
  return limit.unit === '工作日' ? limit.value : Math.ceil((limit.value * 5) / 7)
}

/** The longest wait through `dependsOn`: each matter starts when all it depends on are done. */
function longestChain(items: OutcomeItem[]): number {
  const byId = new Map(items.map((item) => [item.matterId, item]))
  const memo = new Map<string, number>()
  const finish = (item: OutcomeItem, trail: Set<string>): number => {
    const known = memo.get(item.matterId)
    if (known !== undefined) return known
    const deps = item.dependsOn.filter((id) => !trail.has(id)).map((id) => byId.get(id)!)
    const inner = new Set(trail).add(item.matterId)
    const days = workingDays(item.promisedLimit) + Math.max(0, ...deps.map((dep) => finish(dep, inner)))
    memo.set(item.matterId, days)
    return days
  }
  return Math.max(0, ...items.map((item) => finish(item, new Set())))
}
