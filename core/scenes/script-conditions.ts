import type { Answers, Condition } from '../conditions/condition.ts'
import { comparisonsIn, type Comparison } from '../conditions/comparisons.ts'
import { evaluate } from '../conditions/evaluate.ts'
import type { SceneScript, Step } from './script.ts'

/**
 * A condition somewhere in a script: on a branch of `next`, on an outcome matter, on a material or on
 * a case of a matter's promised limit. `evaluated` tells whether, at its step, the condition is looked
 * at at all: a branch or a case only when the ones before it failed, a material or a case only when its
 * matter is on the list.
 */
export type ScriptCondition = { condition: Condition; pointer: string; step: Step; stepIndex: number; evaluated: (answers: Answers) => boolean }

const always = () => true

/** Every condition in a script, in file order, with its JSON pointer. */
export function scriptConditions(script: SceneScript): ScriptCondition[] {
  return script.steps.flatMap((step, stepIndex) => {
    const at = `/steps/${stepIndex}`
    const found: ScriptCondition[] = []
    const add = (condition: Condition | undefined, pointer: string, evaluated: ScriptCondition['evaluated']) =>
      condition && found.push({ condition, pointer, step, stepIndex, evaluated })
    if (step.kind === 'outcome') {
      step.paragraphs?.forEach((p, j) => add(p.when, `${at}/paragraphs/${j}/when`, always))
      step.matters.forEach((m, j) => {
        add(m.when, `${at}/matters/${j}/when`, always)
        const listed = (answers: Answers) => m.when === undefined || evaluate(m.when, answers)
        for (const [material, condition] of Object.entries(m.materials ?? {})) add(condition, `${at}/matters/${j}/materials/${material}`, listed)
        m.promisedLimits?.forEach((c, k) => {
          const earlierFailed = (answers: Answers) => listed(answers) && m.promisedLimits!.slice(0, k).every((e) => !evaluate(e.when, answers))
          add(c.when, `${at}/matters/${j}/promisedLimits/${k}/when`, earlierFailed)
        })
      })
    } else if (typeof step.next !== 'string') {
      const branches = step.next
      branches.forEach((branch, j) => {
        const earlierFailed = (answers: Answers) => branches.slice(0, j).every((b) => b.when !== undefined && !evaluate(b.when, answers))
        add(branch.when, `${at}/next/${j}/when`, earlierFailed)
      })
    }
    return found
  })
}

/** Every comparison in a script, grouped by the question it reads. */
export function comparisonsByQuestion(script: SceneScript): Map<string, Comparison[]> {
  const byQuestion = new Map<string, Comparison[]>()
  for (const { condition, pointer } of scriptConditions(script)) {
    for (const comparison of comparisonsIn(condition, pointer)) {
      byQuestion.set(comparison.answer, [...(byQuestion.get(comparison.answer) ?? []), comparison])
    }
  }
  return byQuestion
}
