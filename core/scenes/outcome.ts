import type { Answers } from '../conditions/condition.ts'
import type { JourneyCatalogue } from '../content/catalogue.ts'
import type { IsoDate } from '../calendar/calendar-file.ts'
import { limitEndDate, overAnyWeek, workingDaysBetween, type WorkingCalendar } from '../calendar/working-days.ts'
import type { Text } from '../content/text.ts'
import { evaluate } from '../conditions/evaluate.ts'
import { orderByPrerequisites } from './order.ts'
import { outcomeItem, type OutcomeItem } from './outcome-item.ts'
import type { SceneScript } from './script.ts'
import { hallTrips } from './hall-trips.ts'
import { stepsById, walkAnswers, type Walk } from './walk.ts'

export type { OutcomeItem } from './outcome-item.ts'

/** The 一次告知单: everything to do, in order, told once. */
export type Outcome = {
  step: string
  title: Text
  text?: Text
  /** The outcome's conditional paragraphs that hold for these answers, in the script's order. */
  paragraphs?: Text[]
  items: OutcomeItem[]
  totals: { matters: number; hallVisits: number; longestPromisedDays: number; feesYuan: number; onlineMatters: number }
  /** The windows of the route through the hall, in order: the trip `totals.hallVisits` counts. */
  routeWindows: number[]
}

/** The day a list is made and the calendar it is counted in: a 自然日 limit's working days depend on both. */
export type OutcomeDay = { calendar: WorkingCalendar; today: IsoDate }

/**
 * Builds the outcome the answers lead to, or null unless their route ends at an outcome step.
 * Matters whose `when` fails are left out, as are matters missing from the catalogue (checkScene
 * reports those). Pure: the same script, catalogue, answers and day always give the same list.
 * Without a day, the longest promised time is the most it can be from any day of a week without holidays.
 */
export function buildOutcome(script: SceneScript, catalogue: JourneyCatalogue, answers: Answers, day?: OutcomeDay): Outcome | null {
  return buildOutcomeOnRoute(script, catalogue, walkAnswers(script, answers), day)
}

/** buildOutcome for answers already walked (the journey machine walks once per event and builds from that walk). */
export function buildOutcomeOnRoute(script: SceneScript, catalogue: JourneyCatalogue, walk: Walk, day?: OutcomeDay): Outcome | null {
  const byId = stepsById(script)
  const step = byId.get(walk.stop)
  if (step?.kind !== 'outcome') return null
  const answers = walk.answers
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
  const route = walk.path.map((id) => byId.get(id)!)
  const trips = hallTrips(route, items)
  const paragraphs = (step.paragraphs ?? []).filter((p) => evaluate(p.when, answers)).map((p) => p.text)
  return {
    step: step.id,
    title: step.title,
    ...(step.text ? { text: step.text } : {}),
    ...(paragraphs.length > 0 ? { paragraphs } : {}),
    items,
    totals: totalsOf(items, trips.trips, day),
    routeWindows: trips.windows,
  }
}

function totalsOf(items: OutcomeItem[], hallVisits: number, day: OutcomeDay | undefined): Outcome['totals'] {
  return {
    matters: items.length,
    hallVisits,
    longestPromisedDays: longestPromisedDays(items, day),
    feesYuan: items.reduce((sum, item) => sum + (item.fees.charged ? item.fees.items.reduce((s, fee) => s + (fee.amount ?? 0), 0) : 0), 0),
    onlineMatters: items.filter((item) => item.online.available).length,
  }
}

/**
 * Working days from the day the list is made until the last matter is done, each matter starting
 * when all it depends on (`dependsOn`) are done. Working days add up under any calendar, so a list of
 * 工作日 limits is a sum; a 自然日 limit needs the dates (and, without a day, the worst day of a week).
 */
function longestPromisedDays(items: OutcomeItem[], day: OutcomeDay | undefined): number {
  if (items.every((item) => item.promisedLimit.unit === '工作日')) return lastFinish(items, 0, (from, limit) => from + limit.value, Math.max)
  const datesFrom = (calendar: WorkingCalendar, start: IsoDate) =>
    workingDaysBetween(calendar, start, lastFinish(items, start, (from, limit) => limitEndDate(calendar, from, limit), later))
  return day ? datesFrom(day.calendar, day.today) : overAnyWeek(datesFrom).most
}

/** When the last matter is done, counting each from `start` or from when its last prerequisite is done. */
function lastFinish<T>(items: OutcomeItem[], start: T, after: (from: T, limit: OutcomeItem['promisedLimit']) => T, latest: (...all: T[]) => T): T {
  const byId = new Map(items.map((item) => [item.matterId, item]))
  const memo = new Map<string, T>()
  const finish = (item: OutcomeItem, trail: Set<string>): T => {
    const known = memo.get(item.matterId)
    if (known !== undefined) return known
    const inner = new Set(trail).add(item.matterId)
    const ready = item.dependsOn.filter((id) => !trail.has(id)).map((id) => finish(byId.get(id)!, inner))
    const done = after(latest(start, ...ready), item.promisedLimit)
    memo.set(item.matterId, done)
    return done
  }
  return latest(start, ...items.map((item) => finish(item, new Set())))
}

const later = (...dates: IsoDate[]): IsoDate => dates.reduce((a, b) => (b > a ? b : a))
