import type { Answers } from '../conditions/condition.ts'
import { evaluate } from '../conditions/evaluate.ts'
import { questionsRead } from '../conditions/questions-read.ts'
import type { SceneScript, Step } from './script.ts'
import { stepIndex } from './screens.ts'
import type { Walk } from './walk.ts'

/**
 * Where the visitor is, counted in questions: "第 3 个问题", and how many may follow: "还有 2–4 个问题".
 * `left` is the fewest and the most questions after this one on the routes still possible from the
 * answers given before it; a branch whose condition reads an answer not yet given may go either way.
 * Answering only rules routes out, so `number + left.most` never grows as the visitor goes on.
 */
export type QuestionProgress = { number: number; left: { fewest: number; most: number } }

export function questionProgress(script: SceneScript, walk: Walk, question: string): QuestionProgress {
  const position = walk.questions.indexOf(question)
  const known: Record<string, Answers[string]> = {}
  for (const id of walk.questions.slice(0, Math.max(position, 0))) {
    const value = walk.answers[id]
    if (value !== undefined) known[id] = value
  }
  const byId = stepIndex(script)
  const step = byId.get(question)
  const left = step ? after(byId, step, known) : { fewest: 0, most: 0 }
  return { number: position + 1, left }
}

type Range = { fewest: number; most: number }

/** Fewest and most questions on the routes from the steps `step` may lead to, up to an outcome. */
function after(byId: Map<string, Step>, step: Step, known: Answers): Range {
  const memo = new Map<string, Range | null>()
  const onWay = new Set<string>()
  const from = (id: string): Range | null => {
    if (memo.has(id)) return memo.get(id)!
    const s = byId.get(id)
    if (!s || onWay.has(id)) return null // an unknown step or a loop: no route to an outcome this way
    onWay.add(id)
    const own = s.kind === 'question' ? 1 : 0
    const rest = s.kind === 'outcome' ? { fewest: 0, most: 0 } : combine(targets(s, known).map(from))
    onWay.delete(id)
    const range = rest && { fewest: rest.fewest + own, most: rest.most + own }
    memo.set(id, range)
    return range
  }
  return combine(targets(step, known).map(from)) ?? { fewest: 0, most: 0 }
}

function combine(ranges: (Range | null)[]): Range | null {
  const found = ranges.filter((r): r is Range => r !== null)
  if (found.length === 0) return null
  return { fewest: Math.min(...found.map((r) => r.fewest)), most: Math.max(...found.map((r) => r.most)) }
}

/**
 * The steps `next` may lead to: the branch the known answers decide, or, from the first branch whose
 * condition reads an answer not yet known, that branch and every one after it.
 */
function targets(step: Step, known: Answers): string[] {
  if (step.kind === 'outcome') return []
  if (typeof step.next === 'string') return [step.next]
  const possible: string[] = []
  for (const branch of step.next) {
    if (branch.when === undefined) return [...possible, branch.to]
    const decidable = questionsRead(branch.when).every((id) => id in known)
    if (!decidable) possible.push(branch.to)
    else if (evaluate(branch.when, known)) return [...possible, branch.to]
  }
  return possible
}
