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
      if (!step) {
        return [{ pointer: c.answerPointer, message: `"${c.answer}" is not a question in this script${didYouMean(c.answer, questions)}`, zh: `"${c.answer}" 不是本脚本中的问题${didYouMean(c.answer, questions, 'zh')}` }]
      }
      if (step.kind !== 'question') {
        return [
          {
            pointer: c.answerPointer,
            message: `"${c.answer}" is a ${step.kind} step, not a question; conditions read answers to questions`,
            zh: `"${c.answer}" 是${kindZh[step.kind]}步骤，不是问题；条件只能读问题的回答`,
          },
        ]
      }
      return c.operator === 'answered' ? [] : compare(step, c)
    }),
  )
}

const kindZh = { scene: '场景', info: '说明', outcome: '结果', question: '问题' } as const

function compare(question: QuestionStep, c: Comparison): SceneProblem[] {
  const wrong = (message: string, zh: string) => [{ pointer: c.pointer, message, zh }]
  const id = question.id
  switch (question.input) {
    case 'yes-no':
      return c.operator === 'is' && typeof c.value === 'boolean'
        ? []
        : wrong(`"${id}" is a yes-no question; compare it with { "is": true } or { "is": false }`, `"${id}" 是是非题；请用 { "is": true } 或 { "is": false } 比较`)
    case 'number':
      if (c.operator === 'includes' || (c.operator === 'is' && typeof c.value !== 'number') || (Array.isArray(c.value) && c.value.some((v) => typeof v !== 'number'))) {
        return wrong(`"${id}" is a number question; compare it with a number, e.g. { "answer": "${id}", "gte": 50 }`, `"${id}" 是数字题；请和数字比较，例如 { "answer": "${id}", "gte": 50 }`)
      }
      return outsideRange(question, c)
    case 'single':
      if (c.operator !== 'is' && c.operator !== 'in') return wrong(`"${id}" is a single-choice question; compare it with "is" or "in"`, `"${id}" 是单选题；请用 "is" 或 "in" 比较`)
      return optionsIn(question, c)
    case 'multiple':
      if (c.operator !== 'includes') return wrong(`"${id}" is a multiple-choice question; compare it with "includes"`, `"${id}" 是多选题；请用 "includes" 比较`)
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
      : [
          {
            pointer,
            message: `${JSON.stringify(value)} is not an option of "${question.id}" (options: ${options.join(', ')})`,
            zh: `${JSON.stringify(value)} 不是 "${question.id}" 的选项（选项：${options.join('、')}）`,
          },
        ],
  )
}

/**
 * A number comparison with a value outside the question's `min`..`max` is never true (`gt 60`
 * when at most 50 is accepted) or true for every answer (`gte 0` when at least 1 is accepted):
 * either way it does not say what the editor meant.
 */
function outsideRange(question: QuestionStep, c: Comparison): SceneProblem[] {
  const { min = -Infinity, max = Infinity } = question
  if (min === -Infinity && max === Infinity) return []
  const values = (Array.isArray(c.value) ? c.value : [c.value]) as number[]
  const range = rangeText(question)
  return values.flatMap((value, k): SceneProblem[] => {
    const pointer = Array.isArray(c.value) ? `${c.pointer}/${k}` : c.pointer
    const never = { is: value < min || value > max, in: value < min || value > max, gt: value >= max, gte: value > max, lt: value <= min, lte: value < min }
    const always = { is: false, in: false, gt: value < min, gte: value < min, lt: value > max, lte: value > max }
    const op = c.operator as keyof typeof never
    if (!(op in never)) return []
    const written = c.operator === 'in' ? `${value} in { "in": ${JSON.stringify(c.value).replaceAll(',', ', ')} }` : `{ "${c.operator}": ${value} }`
    if (never[op]) {
      return [
        {
          pointer,
          message: `"${question.id}" accepts ${range.en}, so ${written} is never true; compare with a value in that range`,
          zh: `"${question.id}" 只接受 ${range.zh} 的回答，${written} 永远不成立；请和这个范围内的数比较`,
        },
      ]
    }
    if (always[op]) {
      return [
        {
          pointer,
          message: `"${question.id}" accepts ${range.en}, so ${written} is true for every answer; compare with a value in that range, or drop the comparison`,
          zh: `"${question.id}" 只接受 ${range.zh} 的回答，${written} 对任何回答都成立；请和这个范围内的数比较，或去掉这个比较`,
        },
      ]
    }
    return []
  })
}

function rangeText({ min, max }: QuestionStep): { zh: string; en: string } {
  if (min !== undefined && max !== undefined) return { zh: `${min} 到 ${max}`, en: `${min} to ${max}` }
  if (min !== undefined) return { zh: `不小于 ${min}`, en: `at least ${min}` }
  return { zh: `不大于 ${max}`, en: `at most ${max}` }
}
