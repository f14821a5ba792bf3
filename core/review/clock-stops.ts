import type { ClockStop } from '../calendar/stopped-deadline.ts'
import { chinaDate } from '../calendar/working-days.ts'
import type { ApplicationStatus } from '../forms/application-status.ts'

/**
 * The stops of an application's promised limit, read from its status history: each request for
 * corrections stops the clock (in China's dates) until the next entry, the resubmission or a refusal.
 */
export function clockStops(history: readonly { at: Date; status: ApplicationStatus }[]): ClockStop[] {
  const stops: ClockStop[] = []
  history.forEach((entry, i) => {
    if (entry.status !== 'materials-requested') return
    const next = history[i + 1]
    stops.push({ from: chinaDate(entry.at), to: next ? chinaDate(next.at) : null })
  })
  return stops
}
