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

export function nextDate(date: IsoDate): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10)
}

/** Whether a date is a working day; outside the known years only weekends rest (isCovered says which). */
export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  if (calendar.holidays.has(date)) return false
  if (calendar.workingWeekends.has(date)) return true
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
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
