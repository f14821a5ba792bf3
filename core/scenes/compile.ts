import { assign, emit, setup } from 'xstate'
import type { AnswerValue, Answers } from '../conditions/condition.ts'
import type { JourneyCatalogue } from '../content/catalogue.ts'
import type { HallCue } from './hall-cues.ts'
import { buildOutcomeOnRoute, type Outcome, type OutcomeDay } from './outcome.ts'
import { questionProgress, type QuestionProgress } from './progress.ts'
import { hallCueOf, narrationBefore, routeAfterQuestions, stepIndex, type Screen } from './screens.ts'
import type { QuestionStep, SceneScript } from './script.ts'
import { isValidAnswer } from './valid-answer.ts'
import { walkAnswers, type Walk } from './walk.ts'

/** A place in the journey a history entry can name: a question, the check page or the list. */
export type JourneyPlace = { question: string } | { page: 'check' | 'list' }

export type JourneyEvent =
  /** The answer to the question on screen; one that does not fit the question is ignored. */
  | { type: 'ANSWER'; value: AnswerValue }
  /** One screen back: the question before, the last question from the check page, the check page from the list. */
  | { type: 'BACK' }
  /** "Change" on the check page or the list: that question, then back to the check page once the route ends again. */
  | { type: 'EDIT'; question: string }
  /** The answers are right: show the list. */
  | { type: 'CONFIRM' }
  /** A share link (answers only: the list when they reach one) or a history entry / reload (answers and place). */
  | { type: 'RESTORE'; answers: Answers; at?: JourneyPlace }
  | { type: 'RESTART' }
  /** The matters and hall the list is built from, once fetched; the list is built from then on. */
  | { type: 'CATALOGUE'; catalogue: JourneyCatalogue; day?: OutcomeDay }

export type JourneyContext = {
  /** The one walk of the answers (walk.ts); `walk.answers` are the answers in play. */
  walk: Walk
  /**
   * Answers given to questions the route does not reach now (past a question a change has just added,
   * or on a branch left), kept while the route is unfinished so a returning route finds them again;
   * dropped once it reaches the list. They never steer the route or reach the list.
   */
  pending: Answers
  /** The question on screen, or the one the check page goes back to. */
  at: string | undefined
  screen: Screen
  progress: QuestionProgress | null
  /** Set by EDIT: once the route ends again, the next screen is the check page. */
  returnToCheck: boolean
  /** The last cue told to the hall, for a hall view that starts later. */
  hall: HallCue
  /** Where a RESTORE asked to land, until it has landed. */
  wanted: JourneyPlace | undefined
  catalogue: JourneyCatalogue | null
  day: OutcomeDay | undefined
  /** The list, built once each time the answers or the catalogue change (null before the catalogue or off an outcome). */
  outcome: Outcome | null
}

/**
 * Compiles a checked scene script into the journey's one XState 5 machine. The visitor sees three
 * kinds of screen, which are its states: `question` (with the guide's words from the scene and info
 * steps before it: they cost no screen or tap of their own), `check` and `list`. `routing` and
 * `restoring` decide, from the context alone, where an answer or a restored link lands.
 *
 * Every event walks the answers at most once (walkAnswers); every arrival on a screen emits a
 * HallCue for the hall (`actor.on('hall.scenes' | 'hall.route', ...)`) and keeps it in `context.hall`.
 *
 * @example
 * const actor = createActor(compileScene(script)).start()
 * actor.on('hall.scenes', ({ scenes }) => hall.walk(scenes))
 * actor.send({ type: 'ANSWER', value: 'company' })
 *
 * A script whose `start` is not a step cannot become a machine and throws (checkScene reports it).
 */
export function compileScene(script: SceneScript) {
  const byId = stepIndex(script)
  if (!byId.has(script.start)) throw new Error(`scene "${script.id}": start "${script.start}" is not a step; run checkScene first`)
  const question = (id: string | undefined) => {
    const step = id === undefined ? undefined : byId.get(id)
    return step?.kind === 'question' ? step : undefined
  }
  const walked = (context: JourneyContext, given: Answers) => {
    const walk = walkAnswers(script, given)
    const pending = walk.ended ? {} : Object.fromEntries(Object.entries(given).filter(([id, value]) => !(id in walk.answers) && isValidAnswer(question(id), value)))
    return { walk, pending, outcome: listOf(script, walk, context.catalogue, context.day) }
  }
  const firstWalk = walkAnswers(script, {})
  const initialScreen: Screen = { kind: 'check', route: [] }

  return setup({
    types: {} as { context: JourneyContext; events: JourneyEvent; emitted: HallCue },
    guards: {
      answerFits: ({ context, event }) => event.type === 'ANSWER' && isValidAnswer(question(context.at), event.value),
      routeEnded: ({ context }) => context.walk.ended,
      returnsToCheck: ({ context }) => context.returnToCheck && context.walk.ended,
      hasQuestionAfter: ({ context }) => nextQuestion(context) !== undefined,
      hasQuestionBefore: ({ context }) => context.walk.questions.indexOf(context.at ?? '') > 0,
      onRoute: ({ context, event }) => event.type === 'EDIT' && context.walk.questions.includes(event.question),
      wantsPage: ({ context }, page: 'check' | 'list') => context.walk.ended && context.wanted !== undefined && 'page' in context.wanted && context.wanted.page === page,
      wantsQuestion: ({ context }) => {
        const wanted = context.wanted
        return wanted !== undefined && 'question' in wanted && context.walk.questions.includes(wanted.question)
      },
      linkEnded: ({ context }) => context.walk.ended && context.wanted === undefined,
      stuck: ({ context }) => question(context.walk.stop) === undefined,
    },
    actions: {
      answer: assign(({ context, event }) => {
        const at = question(context.at)!
        const value = (event as Extract<JourneyEvent, { type: 'ANSWER' }>).value
        return walked(context, { ...context.pending, ...context.walk.answers, [at.id]: value })
      }),
      toNextQuestion: assign(({ context }) => ({ at: nextQuestion(context) })),
      toQuestionBefore: assign(({ context }) => ({ at: context.walk.questions[context.walk.questions.indexOf(context.at ?? '') - 1] })),
      toLastQuestion: assign(({ context }) => ({ at: context.walk.questions.at(-1), returnToCheck: false })),
      toStop: assign(({ context }) => ({ at: context.walk.stop, wanted: undefined })),
      toWanted: assign(({ context }) => ({ at: context.wanted && 'question' in context.wanted ? context.wanted.question : context.at, wanted: undefined })),
      edit: assign(({ event }) => ({ at: (event as Extract<JourneyEvent, { type: 'EDIT' }>).question, returnToCheck: true })),
      leaveEditing: assign({ returnToCheck: false, wanted: undefined }),
      restore: assign(({ context, event }) => {
        const { answers, at } = event as Extract<JourneyEvent, { type: 'RESTORE' }>
        const given = typeof answers === 'object' && answers !== null ? answers : {}
        return { ...walked(context, given), wanted: at, returnToCheck: false }
      }),
      restart: assign(({ context }) => ({ ...walked(context, {}), wanted: undefined, returnToCheck: false })),
      catalogue: assign(({ context, event }) => {
        const { catalogue, day } = event as Extract<JourneyEvent, { type: 'CATALOGUE' }>
        return { catalogue, day, outcome: listOf(script, context.walk, catalogue, day) }
      }),
      showQuestion: assign(({ context }) => {
        const step = question(context.at) as QuestionStep
        const screen: Screen = { kind: 'question', question: step, narration: narrationBefore(script, context.walk, step.id) }
        return { screen, progress: questionProgress(script, context.walk, step.id), hall: hallCueOf(screen) }
      }),
      showPage: assign(({ context }, page: 'check' | 'list') => {
        const screen: Screen = { kind: page, route: routeAfterQuestions(script, context.walk) }
        return { screen, progress: null, hall: hallCueOf(screen) }
      }),
      tellHall: emit(({ context }) => context.hall),
    },
  }).createMachine({
    id: script.id,
    initial: 'restoring',
    context: {
      walk: firstWalk,
      pending: {},
      at: undefined,
      screen: initialScreen,
      progress: null,
      returnToCheck: false,
      hall: { type: 'hall.scenes', question: '', scenes: [] },
      wanted: undefined,
      catalogue: null,
      day: undefined,
      outcome: null,
    },
    on: {
      RESTORE: { target: '.restoring', actions: 'restore' },
      RESTART: { target: '.restoring', actions: 'restart' },
      CATALOGUE: { actions: 'catalogue' },
    },
    states: {
      question: {
        entry: ['showQuestion', 'tellHall'],
        on: {
          ANSWER: { guard: 'answerFits', target: 'routing', actions: 'answer' },
          BACK: [
            { guard: 'returnsToCheck', target: 'check' },
            { guard: 'hasQuestionBefore', target: 'question', reenter: true, actions: 'toQuestionBefore' },
          ],
        },
      },
      routing: {
        always: [
          { guard: 'returnsToCheck', target: 'check' },
          { guard: 'hasQuestionAfter', target: 'question', actions: 'toNextQuestion' },
          { guard: 'routeEnded', target: 'check' },
          { target: 'list' },
        ],
      },
      restoring: {
        always: [
          { guard: { type: 'wantsPage', params: 'list' }, target: 'list' },
          { guard: { type: 'wantsPage', params: 'check' }, target: 'check' },
          { guard: 'wantsQuestion', target: 'question', actions: 'toWanted' },
          { guard: 'linkEnded', target: 'list' },
          { guard: 'stuck', target: 'list', actions: 'toStop' },
          { target: 'question', actions: 'toStop' },
        ],
      },
      check: {
        entry: ['leaveEditing', { type: 'showPage', params: 'check' }, 'tellHall'],
        on: {
          EDIT: { guard: 'onRoute', target: 'question', actions: 'edit' },
          CONFIRM: { guard: 'routeEnded', target: 'list' },
          BACK: { target: 'question', actions: 'toLastQuestion' },
        },
      },
      list: {
        entry: ['leaveEditing', { type: 'showPage', params: 'list' }, 'tellHall'],
        on: {
          EDIT: { guard: 'onRoute', target: 'question', actions: 'edit' },
          BACK: [{ guard: 'routeEnded', target: 'check' }, { target: 'question', actions: 'toLastQuestion' }],
        },
      },
    },
  })
}

/** The question after the current one on the route; after a change from the check page, the first unanswered one. */
function nextQuestion(context: JourneyContext): string | undefined {
  const { questions, answers } = context.walk
  if (context.returnToCheck) return questions.find((id) => !(id in answers))
  return questions[questions.indexOf(context.at ?? '') + 1]
}

function listOf(script: SceneScript, walk: Walk, catalogue: JourneyCatalogue | null, day: OutcomeDay | undefined): Outcome | null {
  return catalogue && walk.ended ? buildOutcomeOnRoute(script, catalogue, walk, day) : null
}
