import type { Outcome } from '../../core/scenes/outcome.ts'

/**
 * The windows to walk to for an outcome, in its order: the first window of each matter handled in the
 * hall, with back-to-back visits to the same window made one stop.
 */
export function routeWindows(outcome: Pick<Outcome, 'items'>): number[] {
  const stops: number[] = []
  for (const item of outcome.items) {
    const number = item.windows[0]?.number
    if (number !== undefined && stops.at(-1) !== number) stops.push(number)
  }
  return stops
}
