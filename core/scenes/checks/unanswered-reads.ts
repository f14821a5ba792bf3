import { comparisonsIn } from '../../conditions/comparisons.ts'
import type { Answers } from '../../conditions/condition.ts'
import { enumeratePaths, type ScenePath } from '../paths.ts'
import { dominates, immediateDominators, stepGraph, wayAvoiding } from '../step-graph.ts'
import { scriptConditions, type ScriptCondition } from '../script-conditions.ts'
import type { SceneCheck, SceneProblem } from './scene-problem.ts'

/** Routes searched for a visitor who reaches a condition without the answer it reads. */
const routeLimit = 2000

/**
 * A condition may only read questions asked on every way to its step (the question dominates the
 * step); otherwise the comparison is quietly false for visitors who came another way. Reading
 * with `answered`, or guarding the comparison with `answered` on the same question, is fine.
 * When dominance fails, the routes are searched for a real visitor who meets the condition
 * unanswered (a material's condition is only looked at when its matter is listed, a branch only
 * when the earlier ones failed), so a follow-up question read under its own branch is not blamed.
 */
export const unansweredReads: SceneCheck = (script) => {
  const graph = stepGraph(script)
  if (!graph.byId.has(script.start)) return []
  const idom = immediateDominators(graph, script.start)
  let routes: ScenePath[] | undefined
  const routesOnce = () => (routes ??= enumeratePaths(script, { limit: routeLimit }))
  return scriptConditions(script).flatMap((found): SceneProblem[] => {
    const { condition, pointer, step } = found
    if (!idom.has(step.id) || graph.byId.get(step.id) !== step) return []
    const comparisons = comparisonsIn(condition, pointer)
    const guarded = new Set(comparisons.filter((c) => c.operator === 'answered').map((c) => c.answer))
    const reported = new Set<string>()
    return comparisons.flatMap((c): SceneProblem[] => {
      const question = graph.byId.get(c.answer)
      if (question?.kind !== 'question' || guarded.has(c.answer) || reported.has(c.answer)) return []
      if (idom.has(c.answer) && dominates(idom, c.answer, step.id)) return []
      const all = routesOnce()
      const witness = unansweredAt(all, found, c.answer)
      if (!witness && all.length < routeLimit) return []
      reported.add(c.answer)
      const way = witness ?? wayAvoiding(graph, script.start, step.id, c.answer)
      const example = way ? ` (e.g. ${way.join(' → ')})` : ''
      return [
        {
          pointer: c.answerPointer,
          message: `"${c.answer}" is not asked on every way to "${step.id}"${example}, so this comparison is false for visitors who skip it; ask it earlier, or first test { "answer": "${c.answer}", "answered": true }`,
        },
      ]
    })
  })
}

/** The start of a route that meets the condition at its step with `question` not yet asked. */
function unansweredAt(routes: ScenePath[], found: ScriptCondition, question: string): string[] | undefined {
  for (const { path, answers } of routes) {
    const at = path.indexOf(found.step.id)
    if (at < 0) continue
    const asked = new Set(path.slice(0, at + 1))
    if (asked.has(question)) continue
    const before: Answers = Object.fromEntries(Object.entries(answers).filter(([id]) => asked.has(id)))
    if (found.evaluated(before)) return path.slice(0, at + 1)
  }
  return undefined
}
