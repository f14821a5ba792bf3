import type { Answers } from '../conditions/condition.ts'
import { enumeratePaths, pathCoverage, type ScenePath } from '../scenes/paths.ts'
import type { SceneScript } from '../scenes/script.ts'

/** How many enumerated routes pass a step, and the answers of the first route that reaches it. */
export type StepCoverage = { step: string; paths: number; reachedBy?: Answers }

/** Each step's coverage, in script order; `total` is the number of routes found (`complete` false when the limit cut them short). */
export type ScriptCoverage = { total: number; complete: boolean; steps: StepCoverage[] }

/**
 * Step coverage over the enumerated routes, with the answers that lead to each step so a preview can
 * start there: only the answers to the questions before it on the first route reaching it.
 *
 * @example scriptCoverage(script).steps[2] // { step: 'drinks-info', paths: 2, reachedBy: { 'shop-type': 'drinks' } }
 */
export function scriptCoverage(script: SceneScript, limit = 2_000): ScriptCoverage {
  const paths = enumeratePaths(script, { limit })
  const steps = pathCoverage(script, paths).map(({ step, paths: count }): StepCoverage => {
    const reachedBy = answersToReach(script, paths, step)
    return reachedBy ? { step, paths: count, reachedBy } : { step, paths: count }
  })
  return { total: paths.length, complete: paths.length < limit, steps }
}

/** The answers to the questions before `step` on the first route through it; undefined when none passes it. */
export function answersToReach(script: SceneScript, paths: ScenePath[], step: string): Answers | undefined {
  const route = paths.find((p) => p.path.includes(step))
  if (!route) return undefined
  const before = route.path.slice(0, route.path.indexOf(step))
  return Object.fromEntries(Object.entries(route.answers).filter(([id]) => before.includes(id)))
}
