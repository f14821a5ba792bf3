import type { AnswerValue, Answers, Condition } from '../conditions/condition.ts'
import type { Comparison } from '../conditions/comparisons.ts'
import { evaluate } from '../conditions/evaluate.ts'
import { answerCandidates } from './answer-candidates.ts'
import type { OutcomeStep, QuestionStep, SceneScript, Step } from './script.ts'
import { comparisonsByQuestion } from './script-conditions.ts'
import { nextOf, stepsById, walkPath } from './walk.ts'

/** One route through a script to an outcome, with the answers that take it. */
export type ScenePath = { answers: Answers; path: string[]; outcome: string }

/**
 * Every distinct route to an outcome, up to `limit` routes. A depth-first search over the steps
 * that tries one representative answer per behaviour of each question (answer-candidates.ts: for
 * numbers, a value in each region the conditions cut). Two routes count as one when they pass the
 * same steps and decide every condition of their outcome alike. Answers that lead to the same next
 * step and that no other condition tells apart are tried once: the rest of the journey cannot
 * differ, and this keeps long scripts with many rejoining branches from multiplying routes.
 *
 * Why not @xstate/graph: its traversal explores machine snapshots event by event and would need
 * every possible ANSWER value spelled out as events anyway, then replays the machine for each; the
 * candidates plus `nextOf` (walk.ts) give the same routes directly and far faster. Every route is
 * confirmed with walkPath, so it is exactly the route the machine takes for those answers.
 */
export function enumeratePaths(script: SceneScript, { limit = 10_000 }: { limit?: number } = {}): ScenePath[] {
  const byId = stepsById(script)
  const comparisons = comparisonsByQuestion(script)
  const candidates = new Map<string, Candidate[]>()
  const found = new Map<string, ScenePath>()
  let budget = Math.max(limit, 1) * 200 // steps visited; stops runaway searches through loops
  const route: string[] = []
  const onRoute = new Set<string>()
  const visit = (id: string, answers: Record<string, Answers[string]>): void => {
    const step = byId.get(id)
    if (!step || onRoute.has(id) || found.size >= limit || budget-- <= 0) return
    route.push(id)
    onRoute.add(id)
    if (step.kind === 'outcome') record(script, step, answers, [...route], found)
    else if (step.kind !== 'question') {
      const to = nextOf(step, answers)
      if (to !== undefined) visit(to, answers)
    } else {
      if (!candidates.has(id)) candidates.set(id, candidatesOf(script, step, comparisons.get(id) ?? []))
      const tried = new Set<string>()
      for (const { value, later } of candidates.get(id)!) {
        const next = { ...answers, [id]: value }
        const to = nextOf(step, next)
        if (to === undefined || tried.has(`${to}|${later}`)) continue
        tried.add(`${to}|${later}`)
        visit(to, next)
      }
    }
    route.pop()
    onRoute.delete(id)
  }
  visit(script.start, {})
  return [...found.values()]
}

/** A representative answer and how the conditions beyond its own step's branches see it. */
type Candidate = { value: AnswerValue; later: string }

function candidatesOf(script: SceneScript, question: QuestionStep, comparisons: Comparison[]): Candidate[] {
  const own = `/steps/${script.steps.indexOf(question)}/next/`
  const later = comparisons.filter((c) => !c.pointer.startsWith(own))
  return answerCandidates(question, comparisons).values.map((value) => ({
    value,
    later: later.map((c) => (evaluate({ answer: c.answer, [c.operator]: c.value } as Condition, { [question.id]: value }) ? 1 : 0)).join(''),
  }))
}

function record(script: SceneScript, step: OutcomeStep, answers: Answers, path: string[], found: Map<string, ScenePath>): void {
  const walked = walkPath(script, answers).path
  if (walked.length !== path.length || walked.some((id, i) => id !== path[i])) return
  const decisions = step.matters
    .flatMap((m) => [m.when, ...Object.values(m.materials ?? {})])
    .map((c) => (c === undefined || evaluate(c, answers) ? 1 : 0))
    .join('')
  const key = `${path.join('>')}|${decisions}`
  if (!found.has(key)) found.set(key, { answers, path, outcome: step.id })
}

/**
 * How many of the given routes pass each step, in script order: a table for reviewers to spot
 * steps no route reaches (0) or that nearly every route funnels through.
 *
 * @example pathCoverage(script, enumeratePaths(script)) // [{ step: 'welcome', paths: 12 }, { step: 'area', paths: 12 }, ...]
 */
export function pathCoverage(script: SceneScript, paths: ScenePath[]): { step: string; paths: number }[] {
  const counts = new Map<string, number>(script.steps.map((s: Step) => [s.id, 0]))
  for (const { path } of paths) for (const id of new Set(path)) counts.set(id, (counts.get(id) ?? 0) + 1)
  return [...counts].map(([step, paths]) => ({ step, paths }))
}
