import type { IsoDate } from '../calendar/calendar-file.ts'
import { isWorkingDay, type WorkingCalendar } from '../calendar/working-days.ts'
import { chinaInstant } from '../live/slots.ts'

/** When reminders go out (GB/T 32168 §6.3): the hour, Beijing time, and how far ahead. */
export const reminderRules = {
  /** A booking's reminder goes out at this time on the working day before it. */
  bookingReminderTime: '09:00',
  /** A draft's expiry warning goes out this many days before it is purged. */
  draftWarningDays: 7,
} as const

const DAY = 86_400_000

/** The working day before `date` (weekends and holidays skipped). */
export function workingDayBefore(calendar: WorkingCalendar, date: IsoDate): IsoDate {
  let day = date
  do day = new Date(Date.parse(`${day}T00:00:00Z`) - DAY).toISOString().slice(0, 10)
  while (!isWorkingDay(calendar, day))
  return day
}

/**
 * When to remind a citizen of a booking: 09:00 on the working day before it. Null when that moment
 * has already passed at `now` (a booking made the day before: its confirmation is the reminder).
 *
 * @example bookingReminderAt(cal, '2026-10-08', now) // 2026-09-30 09:00 in Beijing (国庆 1-7 rests)
 */
export function bookingReminderAt(calendar: WorkingCalendar, date: IsoDate, now: Date): Date | null {
  const at = chinaInstant(workingDayBefore(calendar, date), reminderRules.bookingReminderTime)
  return at.getTime() > now.getTime() ? at : null
}

/**
 * When to warn that a draft will be purged: 7 days before it expires. Null when that is already past
 * at `now` (the draft was saved with less than 7 days left: there is nothing useful to warn of early).
 */
export function draftWarningAt(expiresAt: Date, now: Date): Date | null {
  const at = new Date(expiresAt.getTime() - reminderRules.draftWarningDays * DAY)
  return at.getTime() > now.getTime() ? at : null
}
