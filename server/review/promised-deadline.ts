import type { Matter } from '../../core/content/matter.ts'
import { deadlineWithStops } from '../../core/calendar/stopped-deadline.ts'
import type { PromisedDeadline } from '../../core/review/review-views.ts'
import { chinaDate, type WorkingCalendar } from '../../core/calendar/working-days.ts'
import type { ApplicationStatus } from '../../core/forms/application-status.ts'
import { clockStops } from '../../core/review/clock-stops.ts'


/**
 * An application's promised completion date (承诺办结时限), counted from the day it came in (in China)
 * with the time spent on corrections taken out. Null when its matter is no longer in the catalogue.
 */
export function promisedDeadline(
  calendar: WorkingCalendar,
  matter: Matter | undefined,
  submittedAt: Date,
  history: readonly { at: Date; status: ApplicationStatus }[],
): PromisedDeadline | null {
  if (!matter) return null
  return { ...deadlineWithStops(calendar, chinaDate(submittedAt), matter.promisedLimit, clockStops(history)), limit: matter.promisedLimit }
}
