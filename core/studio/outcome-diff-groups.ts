import type { AnswerValue, Answers } from '../conditions/condition.ts'
import type { ChangedPath, OutcomeDifference } from './outcome-diff.ts'

/** Routes that change the same way, and the answers they all share (what a reviewer reads as "all 机关事业单位 routes"). */
export type ChangeGroup = { differences: OutcomeDifference[]; routes: ChangedPath[]; shared: Answers }

/**
 * Groups changed routes by what changed on them, largest group first (then by first route), so a
 * reviewer reads one line per kind of change instead of one per route. `shared` holds the answers
 * every route of the group gives alike.
 *
 * @example groupChanges(changed) // [{ differences: [{ kind: 'matter-removed', matter: 'x' }], routes: [...24 routes], shared: { employer: 'public' } }]
 */
export function groupChanges(changed: ChangedPath[]): ChangeGroup[] {
  const byKey = new Map<string, ChangedPath[]>()
  for (const change of changed) {
    const key = JSON.stringify(change.differences)
    byKey.set(key, [...(byKey.get(key) ?? []), change])
  }
  return [...byKey.values()]
    .map((routes) => ({ differences: routes[0]!.differences, routes, shared: sharedAnswers(routes) }))
    .sort((a, b) => b.routes.length - a.routes.length)
}

function sharedAnswers(routes: ChangedPath[]): Answers {
  const [first, ...rest] = routes
  const same = (a: AnswerValue | undefined, b: AnswerValue | undefined) => JSON.stringify(a) === JSON.stringify(b)
  return Object.fromEntries(Object.entries(first!.answers).filter(([id, value]) => rest.every((r) => same(r.answers[id], value))))
}
