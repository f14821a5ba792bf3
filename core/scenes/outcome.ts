import type { Answers } from '../conditions/condition.ts'
import type { Catalogue } from '../content/catalogue.ts'
import type { IsoDate } from '../calendar/calendar-file.ts'
import { limitEndDate, overAnyWeek, workingDaysBetween, type WorkingCalendar } from '../calendar/working-days.ts'
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

/** The day a list is made and the calendar it is counted in: a 自然日 limit's working days depend on both. */
export type OutcomeDay = { calendar: WorkingCalendar; today: IsoDate }

/**
 * Builds the outcome the answers lead to, or null unless their route ends at an outcome step.
 * Matters whose `when` fails are left out, as are matters missing from the catalogue (checkScene
 * reports those). Pure: the same script, catalogue, answers and day always give the same list.
 * Without a day, the longest promised time is the most it can be from any day of a week without holidays.
 */
export function buildOutcome(script: SceneScript, catalogue: Catalogue, answers: Answers, day?: OutcomeDay): Outcome | null {
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
  return { step: step.id, title: step.title, ...(step.text ? { text: step.text } : {}), items, totals: totalsOf(items, day) }
}

function totalsOf(items: OutcomeItem[], day: OutcomeDay | undefined): Outcome['totals'] {
  return {
    matters: items.length,
    hallVisits: items.reduce((sum, item) => sum + item.visits, 0),
    longestPromisedDays: day ? longestChain(items, day.calendar, day.today) : overAnyWeek((calendar, start) => longestChain(items, calendar, start)).most,
    feesYuan: items.reduce((sum, item) => sum + (item.fees.charged ? item.fees.items.reduce((s, fee) => s + (fee.amount ?? 0), 0) : 0), 0),
    onlineMatters: items.filter((item) => item.online.available).length,
  }
}

/**
 * Working days from `start` until the last matter is done, each matter starting when all it depends
 * on (`dependsOn`) are done and taking its promised limit.
 */
function longestChain(items: OutcomeItem[], calendar: WorkingCalendar, start: IsoDate): number {
  const byId = new Map(items.map((item) => [item.matterId, item]))
  const memo = new Map<string, IsoDate>()
  const finish = (item: OutcomeItem, trail: Set<string>): IsoDate => {
    const known = memo.get(item.matterId)
    if (known !== undefined) return known
    const inner = new Set(trail).add(item.matterId)
    const ready = item.dependsOn.filter((id) => !trail.has(id)).map((id) => finish(byId.get(id)!, inner))
    const date = limitEndDate(calendar, latest([start, ...ready]), item.promisedLimit)
    memo.set(item.matterId, date)
    return date
  }
  return workingDaysBetween(calendar, start, latest([start, ...items.map((item) => finish(item, new Set()))]))
}

const latest = (dates: IsoDate[]): IsoDate => dates.reduce((a, b) => (b > a ? b : a))
