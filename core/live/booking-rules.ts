import type { IsoDate } from '../calendar/calendar-file.ts'
import { addWorkingDays, chinaDate, type WorkingCalendar } from '../calendar/working-days.ts'
import { chinaInstant } from './slots.ts'

/** The booking rules as stated to citizens on the booking page; the numbers below are the rules. */
export const bookingRules = {
  /** A slot may be booked from the next working day up to this many working days ahead. */
  maxWorkingDaysAhead: 5,
  /** Cancelling or moving closes this long before the slot starts. */
  changeClosesHoursBefore: 2,
  /** This many no-shows within `noShowWindowDays` ... */
  noShowsToSuspend: 3,
  noShowWindowDays: 90,
  /** ... suspend booking for this many days from the last of them. */
  suspensionDays: 30,
} as const

const DAY = 86_400_000

/**
 * The days a citizen may book on: the next 1 to 5 working days after today (in China).
 *
 * @example bookableDates(calendar, new Date('2026-09-29T02:00:00Z')) // ['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'] (国庆 rests; Saturday 10-10 is worked)
 */
export function bookableDates(calendar: WorkingCalendar, now: Date): IsoDate[] {
  const today = chinaDate(now)
  return Array.from({ length: bookingRules.maxWorkingDaysAhead }, (_, i) => addWorkingDays(calendar, today, i + 1))
}

/** The last moment a booking may be cancelled or moved: 2 hours before its slot starts. */
export function changeDeadline(date: IsoDate, slotStart: string): Date {
  return new Date(chinaInstant(date, slotStart).getTime() - bookingRules.changeClosesHoursBefore * 3_600_000)
}

/** Whether a booking may still be cancelled or moved at `now`. */
export function canChange(date: IsoDate, slotStart: string, now: Date): boolean {
  return now.getTime() < changeDeadline(date, slotStart).getTime()
}

/**
 * Until when a person may not book, from the times of their no-shows: three within 90 days suspend
 * booking for 30 days from the third. Null when they may book at `now`.
 */
export function suspendedUntil(noShows: readonly Date[], now: Date): Date | null {
  const times = noShows.map((d) => d.getTime()).sort((a, b) => a - b)
  const n = bookingRules.noShowsToSuspend
  let until: number | null = null
  for (let i = n - 1; i < times.length; i++) {
    if (times[i]! - times[i - n + 1]! <= bookingRules.noShowWindowDays * DAY) until = times[i]! + bookingRules.suspensionDays * DAY
  }
  return until !== null && until > now.getTime() ? new Date(until) : null
}

/** Check-in of a booking opens this many minutes before its slot and closes when the slot ends. */
export const checkInOpensMinutesBefore = 30

/** Whether a booking of `date` `slotStart`-`slotEnd` may check in at `now`; 'early' or 'late' otherwise. */
export function checkInWindow(date: IsoDate, slotStart: string, slotEnd: string, now: Date): 'open' | 'early' | 'late' {
  if (now.getTime() < chinaInstant(date, slotStart).getTime() - checkInOpensMinutesBefore * 60_000) return 'early'
  if (now.getTime() >= chinaInstant(date, slotEnd).getTime()) return 'late'
  return 'open'
}
