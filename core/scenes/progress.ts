import type { Answers } from '../conditions/condition.ts'
import type { SceneScript, Step } from './script.ts'
import { stepsById, walkPath } from './walk.ts'

/**
 * Where the visitor is, counted in questions: `index` is the 1-based position of the current step
 * among the questions of the route (a scene or info step counts as the question that comes next),
 * and `total` is the questions before it plus the fewest still needed to reach an outcome from it.
 * The total moves as answers change the branch. At an outcome, index = total = questions answered.
 */
export function progressOf(script: SceneScript, answers: Answers, current: string): { index: number; total: number } {
  const byId = stepsById(script)
  const route = walkPath(script, answers).path
  const at = route.indexOf(current)
  const before = (at < 0 ? route : route.slice(0, at)).filter((id) => byId.get(id)?.kind === 'question').length
  const remaining = fewestQuestionsToOutcome(byId, current)
  const total = before + (Number.isFinite(remaining) ? remaining : 1)
  return { index: Math.min(before + 1, total), total }
}

/** Fewest question steps on any way from `from` to an outcome, counting `from` itself (0-1 BFS). */
function fewestQuestionsToOutcome(byId: Map<string, Step>, from: string): number {
  const cost = new Map<string, number>()
  const queue: [string, number][] = [[from, byId.get(from)?.kind === 'question' ? 1 : 0]]
  while (queue.length > 0) {
    const [id, c] = queue.shift()!
    if ((cost.get(id) ?? Infinity) <= c) continue
    cost.set(id, c)
    const step = byId.get(id)
    if (!step) continue
    if (step.kind === 'outcome') return c
    for (const to of typeof step.next === 'string' ? [step.next] : step.next.map((b) => b.to)) {
      const weight = byId.get(to)?.kind === 'question' ? 1 : 0
      if (weight === 0) queue.unshift([to, c])
      else queue.push([to, c + 1])
    }
  }
  return Infinity
}
