import type { QuestionStep, SceneScript } from '../scenes/script.ts'
import { immediateDominators, stepGraph } from '../scenes/step-graph.ts'

/**
 * The questions a condition at `stepId` may read: those asked on every route from the start to
 * that step (they dominate it), the step's own question included, in the order they are asked.
 * The studio offers only these in its condition drop-downs, so an editor cannot build a read of a
 * question some visitors skip. Empty when the step cannot be reached.
 *
 * @example questionsAskedBefore(teaShop, 'food-window').map((q) => q.id) // ['has-licence', 'shop-area', 'extras', 'applicant']
 */
export function questionsAskedBefore(script: SceneScript, stepId: string): QuestionStep[] {
  const graph = stepGraph(script)
  if (!graph.byId.has(script.start)) return []
  const idom = immediateDominators(graph, script.start)
  if (!idom.has(stepId)) return []
  const chain: string[] = []
  for (let at = stepId; ; at = idom.get(at)!) {
    chain.unshift(at)
    if (at === script.start) break
  }
  return chain.map((id) => graph.byId.get(id)).filter((s): s is QuestionStep => s?.kind === 'question')
}

/**
 * For every step reached from the start, the ids of the questions a condition there may read (as
 * questionsAskedBefore), worked out once for the whole script.
 *
 * @example questionsAskedBeforeEach(teaShop).get('food-window') // ['has-licence', 'shop-area', 'extras', 'applicant']
 */
export function questionsAskedBeforeEach(script: SceneScript): Map<string, string[]> {
  const graph = stepGraph(script)
  if (!graph.byId.has(script.start)) return new Map()
  const idom = immediateDominators(graph, script.start)
  const asked = new Map<string, string[]>()
  const of = (id: string): string[] => {
    const known = asked.get(id)
    if (known) return known
    const above = id === script.start ? [] : of(idom.get(id)!)
    const own = graph.byId.get(id)?.kind === 'question' ? [...above, id] : above
    asked.set(id, own)
    return own
  }
  for (const id of idom.keys()) of(id)
  return asked
}
