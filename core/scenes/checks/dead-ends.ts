import type { AnswerValue, Condition } from '../../conditions/condition.ts'
import { evaluate } from '../../conditions/evaluate.ts'
import { questionsRead } from '../../conditions/questions-read.ts'
import { answerCandidates } from '../answer-candidates.ts'
import type { QuestionStep } from '../script.ts'
import { comparisonsByQuestion } from '../script-conditions.ts'
import type { SceneCheck, SceneProblem } from './scene-problem.ts'

type Branches = { when?: Condition; to: string }[]

/**
 * A step whose branches all carry conditions strands the visitor whose answers match none. A
 * question whose branches read only its own answer is let off when every possible answer (one
 * per behaviour, see answer-candidates.ts) matches some branch, e.g. "is true" and "is false".
 */
export const deadEnds: SceneCheck = (script) => {
  const comparisons = comparisonsByQuestion(script)
  return script.steps.flatMap((step, i): SceneProblem[] => {
    if (step.kind === 'outcome' || typeof step.next === 'string') return []
    const branches: Branches = step.next
    if (branches.some((b) => b.when === undefined)) return []
    const pointer = `/steps/${i}/next`
    const fallback = `e.g. { "to": "${branches.at(-1)!.to}" }`
    if (step.kind === 'question' && branches.every((b) => questionsRead(b.when!).every((id) => id === step.id))) {
      const stuck = unmatched(step, branches, comparisons.get(step.id) ?? [])
      if (stuck === null) return []
      if (stuck !== undefined) {
        return [
          {
            pointer,
            message: `no branch matches the answer ${JSON.stringify(stuck)}; add a last branch without "when", ${fallback}`,
            zh: `回答 ${JSON.stringify(stuck)} 没有对应的分支；请在最后加一个不带 "when" 的分支，例如 { "to": "${branches.at(-1)!.to}" }`,
          },
        ]
      }
    }
    return [
      {
        pointer,
        message: `every branch here has a condition, so a visitor whose answers match none is stuck; add a last branch without "when", ${fallback}`,
        zh: `这里每个分支都有条件，回答都不符合的访客会卡住；请在最后加一个不带 "when" 的分支，例如 { "to": "${branches.at(-1)!.to}" }`,
      },
    ]
  })
}

/** An answer no branch takes; null when every answer is taken; undefined when that cannot be told. */
function unmatched(step: QuestionStep, branches: Branches, comparisons: Parameters<typeof answerCandidates>[1]): AnswerValue | null | undefined {
  const { values, exact } = answerCandidates(step, comparisons)
  const stuck = values.find((value) => !branches.some((b) => evaluate(b.when!, { [step.id]: value })))
  if (stuck !== undefined) return stuck
  return exact ? null : undefined
}
