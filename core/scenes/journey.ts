import type { AnswerValue, Answers } from '../conditions/condition.ts'
import type { SceneScript } from './script.ts'
import { isValidAnswer } from './valid-answer.ts'
import { answersOnPath, nextOf, pathTo, stepsById, walkPath } from './walk.ts'

/** What the journey machine remembers: answers keyed by question step id, and the route to the current step. */
export type JourneyContext = { answers: Answers; path: string[] }

export type JourneyEvent =
  | { type: 'ANSWER'; value: AnswerValue }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'EDIT'; step: string }
  | { type: 'RESTORE'; answers: Answers }

/**
 * The journey as a pure reducer: the context an event leads to, or undefined when the event does
 * not apply here (an invalid answer, NEXT on a question, BACK at the start...). The compiled
 * machine only routes to the last step of the returned path; every rule lives here and in walk.ts.
 */
export function settle(script: SceneScript, context: JourneyContext, event: JourneyEvent): JourneyContext | undefined {
  const here = context.path.at(-1)
  const step = here === undefined ? undefined : stepsById(script).get(here)
  switch (event?.type) {
    case 'ANSWER': {
      if (step?.kind !== 'question' || !isValidAnswer(step, event.value)) return undefined
      const answers = answersOnPath(script, { ...context.answers, [step.id]: event.value })
      return toward(script, answers, nextOf(step, answers))
    }
    case 'NEXT':
      if (step?.kind !== 'scene' && step?.kind !== 'info') return undefined
      return toward(script, context.answers, nextOf(step, context.answers))
    case 'BACK':
      return context.path.length < 2 ? undefined : { answers: context.answers, path: context.path.slice(0, -1) }
    case 'EDIT':
      return typeof event.step === 'string' ? toward(script, context.answers, event.step) : undefined
    case 'RESTORE': {
      const given = typeof event.answers === 'object' && event.answers !== null ? event.answers : {}
      const answers = answersOnPath(script, given)
      return { answers, path: walkPath(script, answers).path }
    }
    default:
      return undefined
  }
}

function toward(script: SceneScript, answers: Answers, to: string | undefined): JourneyContext | undefined {
  const path = to === undefined ? undefined : pathTo(script, answers, to)
  return path && { answers, path }
}
