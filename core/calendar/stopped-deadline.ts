import type { IsoDate } from './calendar-file.ts'
import { isWorkingDay, limitEndDate, limitWorkingDays, nextDate, type Limit, type WorkingCalendar } from './working-days.ts'

/**
 * A time the promised limit stands still (补正期间不计入承诺时限): from the day corrections were asked
 * for to the day they came back, `to` null while the citizen is still correcting. The day of asking
 * still counts; the working days after it up to and including the day of resubmission do not, and
 * counting starts again the next day (as a limit never counts its first day).
 */
export type ClockStop = { from: IsoDate; to: IsoDate | null }

export type StoppedDeadline =
  /** Running: the due date, with the working days the stops added. */
  | { state: 'running'; dueDate: IsoDate; stoppedWorkingDays: number }
  /** Stopped now: no due date until the corrections come back; `workingDaysLeft` is what remains then. */
  | { state: 'stopped'; since: IsoDate; workingDaysLeft: number; stoppedWorkingDays: number }

/**
 * A promised limit counted in working days from `start` with every stop taken out. A 自然日 limit is
 * first turned into the working days it lasts from `start` (limitWorkingDays), then stopped alike.
 *
 * @example deadlineWithStops(cal, '2026-09-28', { value: 5, unit: '工作日' }, [{ from: '2026-09-29', to: '2026-10-09' }])
 * // { state: 'running', dueDate: '2026-10-14', stoppedWorkingDays: 3 }: 9-30, 10-08 and 10-09 do not count
 */
export function deadlineWithStops(calendar: WorkingCalendar, start: IsoDate, limit: Limit, stops: readonly ClockStop[]): StoppedDeadline {
  const needed = limitWorkingDays(calendar, start, limit)
  const open = stops.find((s) => s.to === null)
  let date = start
  let counted = 0
  let stopped = 0
  while (counted < needed) {
    date = nextDate(date)
    if (open && date > open.from) return { state: 'stopped', since: open.from, workingDaysLeft: needed - counted, stoppedWorkingDays: stopped }
    if (!isWorkingDay(calendar, date)) continue
    if (stops.some((s) => s.to !== null && date > s.from && date <= s.to)) stopped++
    else counted++
  }
  // A stop asked for on or after the due day does not move a deadline already reached.
  return { state: 'running', dueDate: needed === 0 ? limitEndDate(calendar, start, limit) : date, stoppedWorkingDays: stopped }
}
