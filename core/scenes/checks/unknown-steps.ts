import { didYouMean } from './did-you-mean.ts'
import type { SceneCheck, SceneProblem } from './scene-problem.ts'

/** `start` and every `next` must name a step of this script. */
export const unknownSteps: SceneCheck = (script) => {
  const ids = new Set(script.steps.map((s) => s.id))
  const problem = (id: string, pointer: string, what: 'start' | 'next'): SceneProblem[] =>
    ids.has(id)
      ? []
      : [{ pointer, message: `${what} "${id}" is not a step in this script${didYouMean(id, ids)}`, zh: `${what === 'start' ? '起始步骤' : '下一步'} "${id}" 不是本脚本中的步骤${didYouMean(id, ids, 'zh')}` }]
  return [
    ...problem(script.start, '/start', 'start'),
    ...script.steps.flatMap((step, i) => {
      if (step.kind === 'outcome') return []
      if (typeof step.next === 'string') return problem(step.next, `/steps/${i}/next`, 'next')
      return step.next.flatMap((branch, j) => problem(branch.to, `/steps/${i}/next/${j}/to`, 'next'))
    }),
  ]
}
