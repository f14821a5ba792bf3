import { questionsRead } from '../../conditions/questions-read.ts'
import { answerCandidates } from '../answer-candidates.ts'
import { enumeratePaths, type ScenePath } from '../paths.ts'
import type { SceneScript } from '../script.ts'
import { comparisonsByQuestion } from '../script-conditions.ts'

/** Routes searched by the checks that judge a condition by the routes it can meet. */
export const checkedRouteLimit = 2000

/**
 * Every route of a script, and whether that is all of them: the route-based checks only blame a
 * condition for never holding when the search saw every route with every kind of answer (a
 * multiple-choice question with too many tested options is sampled, so it is not complete).
 * Kept per script object, since several checks and the studio ask for the same routes.
 */
export function checkedRoutes(script: SceneScript): CheckedRoutes {
  let found = cache.get(script)
  if (!found) cache.set(script, (found = search(script)))
  return found
}

/**
 * `readsAhead`: some branch reads a question asked only later on the route. The journey is worked
 * out again from the start once that question is answered, so such a visitor ends on a route the
 * search (which decides each branch when it is reached) does not list: what is listed at the end
 * can then not be judged from these routes, though each branch still can.
 */
export type CheckedRoutes = { routes: ScenePath[]; complete: boolean; readsAhead: boolean }

const cache = new WeakMap<SceneScript, CheckedRoutes>()

function search(script: SceneScript): CheckedRoutes {
  const routes = enumeratePaths(script, { limit: checkedRouteLimit })
  const comparisons = comparisonsByQuestion(script)
  const exact = script.steps.every((s) => s.kind !== 'question' || answerCandidates(s, comparisons.get(s.id) ?? []).exact)
  return { routes, complete: exact && routes.length < checkedRouteLimit, readsAhead: routes.some((r) => readsAhead(script, r.path)) }
}

function readsAhead(script: SceneScript, path: string[]): boolean {
  const byId = new Map(script.steps.map((s) => [s.id, s]))
  return path.some((id, at) => {
    const step = byId.get(id)
    if (!step || step.kind === 'outcome' || typeof step.next === 'string') return false
    const later = new Set(path.slice(at + 1))
    return step.next.some((b) => b.when !== undefined && questionsRead(b.when).some((q) => later.has(q) && !path.slice(0, at + 1).includes(q)))
  })
}
