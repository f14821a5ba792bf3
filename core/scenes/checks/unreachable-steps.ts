import { reachable, stepGraph } from '../step-graph.ts'
import type { SceneCheck } from './scene-problem.ts'

/** A step no `next` leads to from `start` can never be shown. */
export const unreachableSteps: SceneCheck = (script) => {
  const graph = stepGraph(script)
  if (!graph.byId.has(script.start)) return []
  const seen = reachable(graph.successors, [script.start])
  const first = new Set<string>()
  return script.steps.flatMap((step, i) => {
    // A repeated id is the duplicate check's problem, not this one's.
    if (first.has(step.id)) return []
    first.add(step.id)
    return seen.has(step.id)
      ? []
      : [
          {
            pointer: `/steps/${i}`,
            message: `step "${step.id}" cannot be reached from "${script.start}"; lead to it from another step's "next", or remove it`,
            zh: `从 "${script.start}" 走不到步骤 "${step.id}"；请在别的步骤的 "next" 里指向它，或删除它`,
          },
        ]
  })
}
