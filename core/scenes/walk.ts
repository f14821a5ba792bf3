import type { Answers } from '../conditions/condition.ts'
import { evaluate } from '../conditions/evaluate.ts'
import type { SceneScript, Step } from './script.ts'
import { isValidAnswer } from './valid-answer.ts'

/**
 * Where `next` leads from a step given the answers: the plain target, or the first branch whose
 * `when` holds (a branch without `when` always holds). Undefined when every branch fails.
 */
export function nextOf(step: Step, answers: Answers): string | undefined {
  if (step.kind === 'outcome') return undefined
  if (typeof step.next === 'string') return step.next
  return step.next.find((branch) => branch.when === undefined || evaluate(branch.when, answers))?.to
}

/** Steps by id (the first of a duplicated id wins, as the checks report the others). */
export function stepsById(script: SceneScript): Map<string, Step> {
  const byId = new Map<string, Step>()
  for (const step of script.steps) if (!byId.has(step.id)) byId.set(step.id, step)
  return byId
}

const cache = new WeakMap<SceneScript, Map<string, Step>>()
function indexOf(script: SceneScript): Map<string, Step> {
  let byId = cache.get(script)
  if (!byId) cache.set(script, (byId = stepsById(script)))
  return byId
}

/**
 * The route the answers give, from `start`: scene and info steps are passed; the walk stops at the
 * first question without a valid answer, at an outcome, or where it cannot go on (every branch
 * fails, an unknown step, or a step it already passed — the same answers would loop for ever).
 * `path` ends with `stop`. This is the one place the route is decided: the machine, the outcome,
 * progress and the path enumerator all use it, so the order answers came in never matters.
 *
 * @example walkPath(script, { 'business-type': 'company' }) // { path: ['welcome', 'business-type', 'employees'], stop: 'employees' }
 */
export function walkPath(script: SceneScript, answers: Answers): { path: string[]; stop: string } {
  const byId = indexOf(script)
  const path: string[] = []
  const seen = new Set<string>()
  let id: string | undefined = script.start
  while (id !== undefined && !seen.has(id)) {
    const step = byId.get(id)
    if (!step) break
    path.push(id)
    seen.add(id)
    if (step.kind === 'question' && !isValidAnswer(step, answers[id])) break
    id = nextOf(step, answers)
  }
  return { path, stop: path.at(-1) ?? script.start }
}

/**
 * The answers still in play: valid answers to the questions on the route they give. Dropping one
 * can shorten the route, so this repeats until nothing changes (at most once per question).
 */
export function answersOnPath(script: SceneScript, answers: Answers): Record<string, Answers[string]> {
  const byId = indexOf(script)
  let kept: Record<string, Answers[string]> = {}
  for (const [id, value] of Object.entries(answers)) {
    const step = byId.get(id)
    if (step?.kind === 'question' && isValidAnswer(step, value)) kept[id] = value
  }
  for (;;) {
    const onPath = new Set(walkPath(script, kept).path)
    const next = Object.fromEntries(Object.entries(kept).filter(([id]) => onPath.has(id)))
    if (Object.keys(next).length === Object.keys(kept).length) return next
    kept = next
  }
}

/** The route from `start` up to and including `step`, or undefined when the answers do not lead there. */
export function pathTo(script: SceneScript, answers: Answers, step: string): string[] | undefined {
  const { path } = walkPath(script, answers)
  const at = path.indexOf(step)
  return at < 0 ? undefined : path.slice(0, at + 1)
}

/** The route answers give, walked once: see `walkAnswers`. */
export type Walk = {
  /** Step ids from `start` to `stop`. */
  path: string[]
  /** The questions on `path`, in order; every one but an unanswered `stop` has an answer in `answers`. */
  questions: string[]
  /** The valid answers to the questions on `path`, and no others. */
  answers: Record<string, Answers[string]>
  /** The last step: the first unanswered question, an outcome, or where the walk could not go on. */
  stop: string
  /** Whether `stop` is an outcome: every question on the route is answered. */
  ended: boolean
}

/**
 * The route and the answers still in play, in one walk from `start`: each branch is decided by the
 * answers given on the way to it, so an answer to a question off the route (left from an earlier
 * branch, or a stale share link) is dropped and never steers. Like walkPath, it stops at the first
 * question without a valid answer, at an outcome, or where it cannot go on.
 *
 * @example walkAnswers(script, { 'business-type': 'company', stale: 1 }) // { path: ['welcome', 'business-type', 'employees'], answers: { 'business-type': 'company' }, stop: 'employees', ... }
 */
export function walkAnswers(script: SceneScript, given: Answers): Walk {
  const byId = indexOf(script)
  const path: string[] = []
  const questions: string[] = []
  const answers: Record<string, Answers[string]> = {}
  const seen = new Set<string>()
  let id: string | undefined = script.start
  let last: Step | undefined
  while (id !== undefined && !seen.has(id)) {
    const step = byId.get(id)
    if (!step) break
    path.push(id)
    seen.add(id)
    last = step
    if (step.kind === 'question') {
      questions.push(id)
      const value = given[id]
      if (!isValidAnswer(step, value)) break
      answers[id] = value
    }
    id = nextOf(step, answers)
  }
  return { path, questions, answers, stop: path.at(-1) ?? script.start, ended: last?.kind === 'outcome' }
}
