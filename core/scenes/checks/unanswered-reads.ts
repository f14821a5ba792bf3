import { comparisonsIn } from '../../conditions/comparisons.ts'
import type { Answers } from '../../conditions/condition.ts'
import type { ScenePath } from '../paths.ts'
import { dominates, immediateDominators, stepGraph, wayAvoiding } from '../step-graph.ts'
import { scriptConditions, type ScriptCondition } from '../script-conditions.ts'
import { checkedRouteLimit, checkedRoutes } from './checked-routes.ts'
import type { SceneCheck, SceneProblem } from './scene-problem.ts'

/** Routes searched for a visitor who reaches a condition without the answer it reads. */
const routeLimit = checkedRouteLimit

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
  const routesOnce = () => (routes ??= checkedRoutes(script).routes)
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
      if (all.length < routeLimit && !askedBefore(all, step.id, c.answer)) {
        return [
          {
            pointer: c.answerPointer,
            message: `"${c.answer}" is never asked before "${step.id}", so this comparison is never true (and testing "answered" would not help); ask "${c.answer}" before "${step.id}"`,
            zh: `"${c.answer}" 从来不在 "${step.id}" 之前问，这个比较永远不成立（先测 "answered" 也没用）；请在 "${step.id}" 之前问 "${c.answer}"`,
          },
        ]
      }
      const way = witness ?? wayAvoiding(graph, script.start, step.id, c.answer)
      const example = way ? ` (e.g. ${way.join(' → ')})` : ''
      const exampleZh = way ? `（例如 ${way.join(' → ')}）` : ''
      return [
        {
          pointer: c.answerPointer,
          message: `"${c.answer}" is not asked on every way to "${step.id}"${example}, so this comparison is false for visitors who skip it; ask it earlier, or first test { "answer": "${c.answer}", "answered": true }`,
          zh: `并非每条到 "${step.id}" 的路线都问过 "${c.answer}"${exampleZh}，跳过它的访客这个比较都不成立；请早点问它，或先测 { "answer": "${c.answer}", "answered": true }`,
        },
      ]
    })
  })
}

/** Whether some route reaches `stepId` with `question` already asked (so guarding with `answered` keeps the comparison alive). */
function askedBefore(routes: ScenePath[], stepId: string, question: string): boolean {
  return routes.some(({ path }) => {
    const at = path.indexOf(stepId)
    return at >= 0 && path.slice(0, at + 1).includes(question)
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
