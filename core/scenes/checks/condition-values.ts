import type { Comparison } from '../../conditions/comparisons.ts'
import { comparisonsIn } from '../../conditions/comparisons.ts'
import type { QuestionStep } from '../script.ts'
import { scriptConditions } from '../script-conditions.ts'
import { didYouMean } from './did-you-mean.ts'
import type { SceneCheck, SceneProblem } from './scene-problem.ts'

/**
 * Each comparison must read a question of this script and compare it the way its input allows:
 * an option it has (is/in for single choice, includes for multiple choice), true or false for
 * yes-no, a number for number questions. Otherwise the condition is silently never true.
 */
export const conditionValues: SceneCheck = (script) => {
  const steps = new Map(script.steps.map((s) => [s.id, s]))
  const questions = script.steps.filter((s) => s.kind === 'question').map((s) => s.id)
  return scriptConditions(script).flatMap(({ condition, pointer }) =>
    comparisonsIn(condition, pointer).flatMap((c): SceneProblem[] => {
      const step = steps.get(c.answer)
      if (!step) return [{ pointer: c.answerPointer, message: `"${c.answer}" is not a question in this script${didYouMean(c.answer, questions)}` }]
      if (step.kind !== 'question') {
        return [{ pointer: c.answerPointer, message: `"${c.answer}" is a ${step.kind} step, not a question; conditions read answers to questions` }]
      }
      return c.operator === 'answered' ? [] : compare(step, c)
    }),
  )
}

function compare(question: QuestionStep, c: Comparison): SceneProblem[] {
  const wrong = (message: string) => [{ pointer: c.pointer, message }]
  const id = question.id
  switch (question.input) {
    case 'yes-no':
      return c.operator === 'is' && typeof c.value === 'boolean' ? [] : wrong(`"${id}" is a yes-no question; compare it with { "is": true } or { "is": false }`)
    case 'number':
      if (c.operator === 'includes' || (c.operator === 'is' && typeof c.value !== 'number') || (Array.isArray(c.value) && c.value.some((v) => typeof v !== 'number'))) {
        return wrong(`"${id}" is a number question; compare it with a number, e.g. { "answer": "${id}", "gte": 50 }`)
      }
      return []
    case 'single':
      if (c.operator !== 'is' && c.operator !== 'in') return wrong(`"${id}" is a single-choice question; compare it with "is" or "in"`)
      return optionsIn(question, c)
    case 'multiple':
      if (c.operator !== 'includes') return wrong(`"${id}" is a multiple-choice question; compare it with "includes"`)
      return optionsIn(question, c)
  }
}

function optionsIn(question: QuestionStep, c: Comparison): SceneProblem[] {
  const options = (question.options ?? []).map((o) => o.value)
  if (options.length === 0) return []
  const values = Array.isArray(c.value) ? c.value.map((v, k) => [v, `${c.pointer}/${k}`] as const) : [[c.value, c.pointer] as const]
  return values.flatMap(([value, pointer]) =>
    typeof value === 'string' && options.includes(value)
      ? []
      : [{ pointer, message: `${JSON.stringify(value)} is not an option of "${question.id}" (options: ${options.join(', ')})` }],
  )
}
