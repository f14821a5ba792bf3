import type { Answers, Condition } from '../../conditions/condition.ts'
import { comparisonsIn, type Comparison } from '../../conditions/comparisons.ts'
import { evaluate } from '../../conditions/evaluate.ts'
import { questionsRead } from '../../conditions/questions-read.ts'
import { answerCandidates } from '../answer-candidates.ts'
import type { ScenePath } from '../paths.ts'
import type { OutcomeStep, SceneScript, Step } from '../script.ts'
import { comparisonsByQuestion } from '../script-conditions.ts'
import { stepsById, walkPath } from '../walk.ts'
import { checkedRoutes } from './checked-routes.ts'
import type { SceneCheck, SceneProblem } from './scene-problem.ts'

const ranges = new Set(['gt', 'gte', 'lt', 'lte'])
const symbols: Record<string, string> = { gt: '>', gte: '≥', lt: '<', lte: '≤', is: '=', in: 'in' }

/** One condition of an outcome: a matter's `when`, or a material's condition (looked at only when its matter is listed). */
type OutcomeCondition = { condition: Condition; pointer: string; holds: (answers: Answers) => boolean }

/**
 * A branch and the outcome that compare one number question with different thresholds: e.g. the
 * branch asks how the missing contribution years will be made up when `years < 20`, but the
 * outcome lists the make-up payment only when `years < 15`. A visitor with 17 years answers the
 * follow-up question and gets nothing for it. Found on the routes: a question the outcome reads
 * whose answer, on some route, changes nothing at all, while a branch taken before it and the
 * outcome condition reading it compare the same number question with different values.
 */
export const thresholdDisagreements: SceneCheck = (script) => {
  const { routes, complete, readsAhead } = checkedRoutes(script)
  if (!complete || readsAhead) return []
  const byId = stepsById(script)
  const comparisons = comparisonsByQuestion(script)
  const suspects = suspectQuestions(script, comparisons)
  if (suspects.size === 0) return []
  const problems = new Map<string, SceneProblem>()
  for (const route of routes) {
    const outcome = byId.get(route.outcome) as OutcomeStep
    const conditions = outcomeConditions(script, outcome)
    for (const asked of route.path) {
      const question = byId.get(asked)
      if (question?.kind !== 'question' || !suspects.has(asked)) continue
      const reading = conditions.filter((c) => questionsRead(c.condition).includes(asked))
      if (reading.length === 0 || !idle(script, route, conditions, question, comparisons.get(asked) ?? [])) continue
      for (const found of disagreements(script, route, asked, reading)) if (!problems.has(found.pointer)) problems.set(found.pointer, found)
    }
  }
  return [...problems.values()]
}

/**
 * The questions worth following on the routes (the search is costly): those an outcome condition
 * reads together with a number question that some branch cuts elsewhere.
 */
function suspectQuestions(script: SceneScript, comparisons: Map<string, Comparison[]>): Set<string> {
  const branchCuts = (question: string) =>
    (comparisons.get(question) ?? []).filter((c) => ranges.has(c.operator) && /^\/steps\/\d+\/next\//.test(c.pointer))
  const suspects = new Set<string>()
  for (const step of script.steps) {
    if (step.kind !== 'outcome') continue
    for (const found of outcomeConditions(script, step)) {
      const own = comparisonsIn(found.condition, found.pointer)
      const disagreeing = own.some((o) => ranges.has(o.operator) && branchCuts(o.answer).some((b) => !sameCut(b, o)))
      if (disagreeing) for (const c of own) suspects.add(c.answer)
    }
  }
  return suspects
}

function outcomeConditions(script: SceneScript, outcome: OutcomeStep): OutcomeCondition[] {
  const at = `/steps/${script.steps.indexOf(outcome)}/matters`
  return outcome.matters.flatMap((m, j): OutcomeCondition[] => {
    const listed = (answers: Answers) => m.when === undefined || evaluate(m.when, answers)
    return [
      ...(m.when ? [{ condition: m.when, pointer: `${at}/${j}/when`, holds: listed }] : []),
      ...Object.entries(m.materials ?? {}).map(([id, condition]) => ({ condition, pointer: `${at}/${j}/materials/${id}`, holds: (a: Answers) => listed(a) && evaluate(condition, a) })),
    ]
  })
}

/** Whether no other answer to `question` on this route changes the route or anything on its list. */
function idle(script: SceneScript, route: ScenePath, conditions: OutcomeCondition[], question: Step & { kind: 'question' }, comparisons: Comparison[]): boolean {
  const decisions = (answers: Answers) => conditions.map((c) => (c.holds(answers) ? 1 : 0)).join('')
  const now = decisions(route.answers)
  return answerCandidates(question, comparisons).values.every((value) => {
    const answers = { ...route.answers, [question.id]: value }
    const path = walkPath(script, answers).path
    return path.join('>') === route.path.join('>') && decisions(answers) === now
  })
}

/** Number thresholds of the branches taken before `asked` that the outcome conditions reading it contradict. */
function disagreements(script: SceneScript, route: ScenePath, asked: string, reading: OutcomeCondition[]): SceneProblem[] {
  const before = route.path.slice(0, route.path.indexOf(asked))
  const taken = before.flatMap((id) => {
    const index = script.steps.findIndex((s) => s.id === id)
    const step = script.steps[index]!
    if (step.kind === 'outcome' || typeof step.next === 'string') return []
    const j = step.next.findIndex((b) => b.when === undefined || evaluate(b.when, route.answers))
    const when = step.next[j]?.when
    return when ? comparisonsIn(when, `/steps/${index}/next/${j}/when`) : []
  })
  return reading.flatMap((found) =>
    comparisonsIn(found.condition, found.pointer).flatMap((own): SceneProblem[] => {
      if (!ranges.has(own.operator)) return []
      const branch = taken.find((b) => b.answer === own.answer && ranges.has(b.operator) && !sameCut(b, own))
      if (!branch) return []
      const value = route.answers[own.answer]
      const [b, o] = [`${symbols[branch.operator]} ${String(branch.value)}`, `${symbols[own.operator]} ${String(own.value)}`]
      const branchAt = branch.pointer.replace(/\/when\/.*$/, '')
      return [
        {
          pointer: own.pointer,
          message: `the branch at ${branchAt} asks "${asked}" when "${own.answer}" ${b}, but this condition uses "${own.answer}" ${o}: a visitor with "${own.answer}" = ${String(value)} answers "${asked}" and gets nothing for it; use the same threshold in both`,
          zh: `${branchAt} 的分支在 "${own.answer}" ${b} 时就问 "${asked}"，这里的条件却是 "${own.answer}" ${o}：回答 "${own.answer}" = ${String(value)} 的访客答了 "${asked}" 却什么也得不到；请两处用同一个界限`,
        },
      ]
    }),
  )
}

/** Whether two comparisons cut the numbers at the same place (`lt 20` and `gte 20` do; `lt 20` and `lt 15` do not). */
function sameCut(a: Comparison, b: Comparison): boolean {
  const cut = (c: Comparison) => (c.operator === 'gt' || c.operator === 'lte' ? `${String(c.value)}+` : `${String(c.value)}-`)
  return cut(a) === cut(b)
}
