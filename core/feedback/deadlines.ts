import { chinaDate, endOfChinaDay, limitEndDate, workingDaysBetween, type WorkingCalendar } from '../calendar/working-days.ts'
import type { IsoDate } from '../calendar/calendar-file.ts'

/** What staff must answer: a follow-up of a bad review, or a citizen's ticket of one kind. */
export const caseKinds = ['follow-up', 'consultation', 'complaint', 'suggestion'] as const
export type CaseKind = (typeof caseKinds)[number]

/** Working days allowed per kind; settings, since practice differs (complaints 10, consultations 5…). */
export type DeadlineSettings = Record<CaseKind, number>

export const defaultDeadlines: DeadlineSettings = { 'follow-up': 15, consultation: 5, complaint: 10, suggestion: 15 }

export type Deadline = { dueDate: IsoDate; dueAt: Date }

/**
 * The deadline of a case opened at an instant: N working days after the day it was opened (in
 * China), ending at midnight Beijing time.
 *
 * @example dueFor(cal, new Date('2026-09-30T02:00:00Z'), 3).dueDate // '2026-10-10'
 */
export function dueFor(calendar: WorkingCalendar, openedAt: Date, workingDays: number): Deadline {
  const dueDate = limitEndDate(calendar, chinaDate(openedAt), { value: workingDays, unit: '工作日' })
  return { dueDate, dueAt: endOfChinaDay(dueDate) }
}

/** How a case stands against its deadline: overdue, due within `soonDays` working days, or on time. */
export type Urgency = { state: 'overdue' | 'due-soon' | 'on-time'; workingDaysLeft: number }

/** `workingDaysLeft` counts working days after today up to the due date: 0 means due today. */
export function urgencyOf(calendar: WorkingCalendar, now: Date, dueDate: IsoDate, soonDays = 2): Urgency {
  const today = chinaDate(now)
  const left = workingDaysBetween(calendar, today, dueDate)
  if (today > dueDate) return { state: 'overdue', workingDaysLeft: left }
  return { state: left <= soonDays ? 'due-soon' : 'on-time', workingDaysLeft: left }
}
