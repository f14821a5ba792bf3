import type { OutcomeItem } from './outcome-item.ts'
import type { Step } from './script.ts'

/** How many times the citizen comes to the hall, and the windows of the route that need them there. */
export type HallTrips = { trips: number; windows: number[] }

/**
 * Trips to the hall, from the route and the matters' visit rules: the route through the hall is one
 * trip however many windows it passes; it needs the citizen in person when one of its windows takes
 * documents over the counter (a `hand-over` scene) or handles a listed matter that needs them there
 * (`visits.count` ≥ 1). A matter that needs more visits than one (e.g. apply, then collect) needs
 * that many trips. Never 0 while a window on the route needs the citizen in person.
 *
 * @example hallTrips(route, items) // { trips: 1, windows: [1, 5, 15, 7] } for a sole trader walked from window 1 to 7
 */
export function hallTrips(route: Step[], items: OutcomeItem[]): HallTrips {
  const inPersonAt = new Set(items.filter((item) => item.visits > 0).flatMap((item) => item.windows.map((w) => w.number)))
  const windows: number[] = []
  let needsVisit = false
  for (const step of route) {
    if (step.kind !== 'scene' || !('window' in step.place)) continue
    const n = step.place.window
    if (windows.at(-1) !== n) windows.push(n)
    if (step.cue === 'hand-over' || inPersonAt.has(n)) needsVisit = true
  }
  const mostByOneMatter = Math.max(0, ...items.map((item) => item.visits))
  return { trips: Math.max(needsVisit ? 1 : 0, mostByOneMatter), windows }
}
