import type { CalendarFile, IsoDate } from './calendar-file.ts'

/** The working-day calendar: rest days and working weekend days, by date, over the years it knows. */
export type WorkingCalendar = { years: ReadonlySet<number>; holidays: ReadonlySet<string>; workingWeekends: ReadonlySet<string> }

const DAY = 86_400_000
const CHINA_OFFSET = 8 * 3_600_000

/** Builds the calendar from checked year files (see check-calendar.ts). */
export function buildCalendar(files: readonly CalendarFile[]): WorkingCalendar {
  const holidays = new Set<string>()
  for (const file of files) for (const h of file.holidays) for (let d = h.from; d <= h.to; d = nextDate(d)) holidays.add(d)
  return { years: new Set(files.map((f) => f.year)), holidays, workingWeekends: new Set(files.flatMap((f) => f.adjustedWorkdays)) }
}

/** The date in China (UTC+8, no daylight saving) at an instant: `chinaDate(new Date('2026-09-30T17:00:00Z'))` -> '2026-10-01'. */
export function chinaDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + CHINA_OFFSET).toISOString().slice(0, 10)
}

/** The last moment of a date in China: a deadline day ends at 23:59:59.999 Beijing time. */
export function endOfChinaDay(date: IsoDate): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY - CHINA_OFFSET - 1)
}

// Dates met while counting are few (a few years of days): each is worked out once.
const following = new Map<IsoDate, IsoDate>()
const weekdays = new Map<IsoDate, number>()

export function nextDate(date: IsoDate): IsoDate {
  let next = following.get(date)
  if (next === undefined) following.set(date, (next = new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10)))
  return next
}

function weekdayOf(date: IsoDate): number {
  let weekday = weekdays.get(date)
  if (weekday === undefined) weekdays.set(date, (weekday = new Date(`${date}T00:00:00Z`).getUTCDay()))
  return weekday
}

/** Whether a date is a working day; outside the known years only weekends rest (isCovered says which). */
export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  if (calendar.holidays.has(date)) return false
  if (calendar.workingWeekends.has(date)) return true
  const weekday = weekdayOf(date)
  return weekday !== 0 && weekday !== 6
}

/** Whether the calendar holds the official schedule for a date's year. */
export function isCovered(calendar: WorkingCalendar, date: IsoDate): boolean {
  return calendar.years.has(Number(date.slice(0, 4)))
}

/**
 * The date `n` working days after `start`, the start day itself not counted (a request made on a
 * holiday starts counting on the next working day).
 *
 * @example addWorkingDays(cal, '2026-09-30', 3) // '2026-10-10' (国庆 1-7 rests; Saturday 10-10 is worked)
 */
export function addWorkingDays(calendar: WorkingCalendar, start: IsoDate, n: number): IsoDate {
  let date = start
  for (let counted = 0; counted < n; ) {
    date = nextDate(date)
    if (isWorkingDay(calendar, date)) counted++
  }
  return date
}

/**
 * Working days from `from` (not counted) up to and including `to`; negative when `to` is before
 * `from`. 0 means "due today" when `to` is today.
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  if (to < from) return -workingDaysBetween(calendar, to, from)
  let count = 0
  for (let d = from; d < to; ) {
    d = nextDate(d)
    if (isWorkingDay(calendar, d)) count++
  }
  return count
}

/** A time limit as a guide states it (core/content/matter.ts's TimeLimit): a number of 工作日 or 自然日. */
export type Limit = { value: number; unit: '工作日' | '自然日' }

/**
 * The last day of a time limit counted from the day after `start`. 工作日 count working days only;
 * 自然日 count every day, and a limit whose last day is a rest day ends on the next working day
 * (民法典 第二百零三条). 0 ends on `start` itself (当场办结), or on the next working day if `start` rests.
 *
 * @example limitEndDate(cal, '2026-09-30', { value: 3, unit: '自然日' }) // '2026-10-08' (10-03 is in 国庆)
 */
export function limitEndDate(calendar: WorkingCalendar, start: IsoDate, limit: Limit): IsoDate {
  if (limit.unit === '工作日') return addWorkingDays(calendar, start, limit.value)
  let date = start
  for (let i = 0; i < limit.value; i++) date = nextDate(date)
  while (!isWorkingDay(calendar, date)) date = nextDate(date)
  return date
}

/**
 * How many working days a time limit lasts from `start`: the one answer to "how long in working days"
 * wherever 工作日 and 自然日 meet (deadlines, the told-once list, the content checks).
 *
 * @example limitWorkingDays(cal, '2026-09-30', { value: 15, unit: '自然日' }) // 7: 国庆 rests, 10-10 is worked
 */
export function limitWorkingDays(calendar: WorkingCalendar, start: IsoDate, limit: Limit): number {
  return workingDaysBetween(calendar, start, limitEndDate(calendar, start, limit))
}

/** A calendar with weekends only: what every year has, before its holidays are known. */
export const weekendsOnly: WorkingCalendar = buildCalendar([])

// Monday 1 to Sunday 7 January 2024, read with `weekendsOnly` (its holidays are not in it).
const plainWeek = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-06', '2024-01-07']

/**
 * The fewest and the most working days something takes, whichever day of a week without holidays it
 * starts on: how long a limit is when no date is given (a 自然日 limit is not a fixed number of working days).
 *
 * @example overAnyWeek((cal, day) => limitWorkingDays(cal, day, { value: 14, unit: '自然日' })) // { least: 10, most: 11 }
 */
export function overAnyWeek(measure: (calendar: WorkingCalendar, start: IsoDate) => number): { least: number; most: number } {
  const values = plainWeek.map((day) => measure(weekendsOnly, day))
  return { least: Math.min(...values), most: Math.max(...values) }
}
