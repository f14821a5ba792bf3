import { loopsAmong, reachable, stepGraph } from '../step-graph.ts'
import type { SceneCheck } from './scene-problem.ts'

/** A loop from which no outcome can be reached traps the visitor for ever. */
export const loopsWithoutExit: SceneCheck = (script) => {
  const graph = stepGraph(script)
  const fromStart = reachable(graph.successors, [script.start])
  const outcomes = [...graph.byId.values()].filter((s) => s.kind === 'outcome').map((s) => s.id)
  const toOutcome = reachable(graph.predecessors, outcomes)
  const trapped = new Set([...fromStart].filter((id) => !toOutcome.has(id)))
  const order = new Map(script.steps.map((s, i) => [s.id, i] as const).reverse())
  return loopsAmong(graph, trapped)
    .map((group) => group.sort((a, b) => order.get(a)! - order.get(b)!))
    .sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!)
    .map((group) => ({
      pointer: `/steps/${order.get(group[0]!)}/next`,
      message: `${group.length > 1 ? `steps ${group.map((id) => `"${id}"`).join(', ')} go round in a loop` : `step "${group[0]}" leads back to itself`} with no way on to an outcome; add a branch that leads out`,
      zh: `${group.length > 1 ? `步骤 ${group.map((id) => `"${id}"`).join('、')} 绕成一个圈` : `步骤 "${group[0]}" 又回到自己`}，走不到任何结果；请加一个通向外面的分支`,
    }))
}
