import { untrack } from 'svelte'
import { createActor, type Actor } from 'xstate'
import type { Answers, AnswerValue } from '../../core/conditions/condition.ts'
import type { JourneyCatalogue } from '../../core/content/catalogue.ts'
import { compileScene, type JourneyContext, type JourneyEvent, type JourneyPlace } from '../../core/scenes/compile.ts'
import type { HallCue } from '../../core/scenes/hall-cues.ts'
import type { Outcome } from '../../core/scenes/outcome.ts'
import type { QuestionProgress } from '../../core/scenes/progress.ts'
import type { Screen } from '../../core/scenes/screens.ts'
import type { SceneScript } from '../../core/scenes/script.ts'

export type { HallCue, JourneyEvent, JourneyPlace }

/** What the page shows: a question (with the guide's words), the "check your answers" page, or the list. */
export type JourneyView = 'step' | 'check' | 'result'

type Machine = ReturnType<typeof compileScene>
type Snapshot = { value: unknown; context: JourneyContext }

/**
 * One citizen's walk through one situation: the XState actor compiled from the script and its
 * snapshot in $state for Svelte. Everything the journey decides (the screen, progress, the hall's
 * cue, the list) is in the machine's context; this class only names it for the views. It lives
 * outside any page component, so switching language or visiting a guide and coming back keeps the answers.
 */
export class Journey {
  readonly script: SceneScript
  snapshot: Snapshot = $state.raw({ value: '', context: undefined as unknown as JourneyContext })
  #actor: Actor<Machine>

  constructor(script: SceneScript, answers?: Answers, at?: JourneyPlace) {
    this.script = script
    this.#actor = createActor(compileScene(script))
    this.#actor.subscribe((snapshot) => (this.snapshot = snapshot))
    this.#actor.start()
    this.snapshot = this.#actor.getSnapshot()
    if ((answers && Object.keys(answers).length > 0) || at) this.restore(answers ?? {}, at)
  }

  get answers(): Answers {
    return this.snapshot.context.walk.answers
  }
  /** The question ids on the route, in the order asked (the check page lists them). */
  get questions(): string[] {
    return this.snapshot.context.walk.questions
  }
  get screen(): Screen {
    return this.snapshot.context.screen
  }
  get view(): JourneyView {
    const kind = this.snapshot.context.screen.kind
    return kind === 'question' ? 'step' : kind === 'check' ? 'check' : 'result'
  }
  /** Where the visitor is, as a history entry names it (see share-link.ts for the answers). */
  get place(): JourneyPlace {
    const screen = this.screen
    return screen.kind === 'question' ? { question: screen.question.id } : { page: screen.kind }
  }
  /** A short key of the place, for data attributes and analytics: the question id, "check" or "list". */
  get placeKey(): string {
    const screen = this.screen
    return screen.kind === 'question' ? screen.question.id : screen.kind
  }
  /** The step the visitor is at, for the anonymous funnel: the question on screen, else the outcome or last step reached. */
  get stepId(): string {
    const screen = this.screen
    return screen.kind === 'question' ? screen.question.id : this.snapshot.context.walk.stop
  }
  get progress(): QuestionProgress | null {
    return this.snapshot.context.progress
  }
  /** The last cue told to the hall: the hall view starts from it and then listens with `onHall`. */
  get hall(): HallCue {
    return this.snapshot.context.hall
  }
  /** The list, once the catalogue was given (`useCatalogue`) and the answers reach an outcome. */
  get outcome(): Outcome | null {
    return this.snapshot.context.outcome
  }
  get catalogue(): JourneyCatalogue | null {
    return this.snapshot.context.catalogue
  }
  /** Whether Back stays inside the journey (not on its first question). */
  get canGoBack(): boolean {
    const screen = this.screen
    return screen.kind !== 'question' || this.questions.indexOf(screen.question.id) > 0 || this.snapshot.context.returnToCheck
  }

  send(event: JourneyEvent): void {
    this.#actor.send(event)
  }
  answer(value: AnswerValue): void {
    this.send({ type: 'ANSWER', value })
  }
  back(): void {
    this.send({ type: 'BACK' })
  }
  edit(question: string): void {
    this.send({ type: 'EDIT', question })
  }
  confirm(): void {
    this.send({ type: 'CONFIRM' })
  }
  /** Replaces every answer: a share link (the list when they reach one), or a history entry with its place. */
  restore(answers: Answers, at?: JourneyPlace): void {
    this.send({ type: 'RESTORE', answers, ...(at ? { at } : {}) })
  }
  /** Goes to a place with the answers as they are (browser Back and Forward): a place they no longer reach lands on the first question left. */
  visit(at: JourneyPlace): void {
    const { pending, walk } = this.snapshot.context
    this.restore({ ...pending, ...walk.answers }, at)
  }
  /**
   * A studio preview link (`?at=<step>`): the answers, on the question of that step, or, for a guide
   * step, the question it is told with (the next question after it); a step past the last question
   * opens the check page.
   */
  openAt(answers: Answers, step: string): void {
    const steps = new Map(this.script.steps.map((s) => [s.id, s]))
    let id: string | undefined = step
    for (let hops = 0; id && hops < steps.size; hops++) {
      const s = steps.get(id)
      if (!s) break
      if (s.kind === 'question') return this.restore(answers, { question: s.id })
      if (s.kind === 'outcome') return this.restore(answers, { page: 'check' })
      id = 'next' in s && typeof s.next === 'string' ? s.next : undefined
    }
    this.restore(answers)
  }
  restart(): void {
    this.send({ type: 'RESTART' })
  }
  /** Gives the machine the catalogue the list is built from; it builds the list once per change from then on. */
  useCatalogue(catalogue: JourneyCatalogue): void {
    if (this.catalogue !== catalogue) this.send({ type: 'CATALOGUE', catalogue })
  }

  /** The hall view listens here for each screen's cue; returns how to stop listening. */
  onHall(listener: (cue: HallCue) => void): () => void {
    const scenes = this.#actor.on('hall.scenes', listener)
    const route = this.#actor.on('hall.route', listener)
    return () => {
      scenes.unsubscribe()
      route.unsubscribe()
    }
  }

  stop(): void {
    this.#actor.stop()
  }
}

let current: Journey | undefined

/**
 * The journey for a script, kept across page visits: the same one while the citizen stays on the
 * same situation, a new one when they open another.
 */
export function journeyFor(script: SceneScript, answers?: Answers, at?: JourneyPlace): Journey {
  if (current && current.script === script) return current
  if (current && current.script.id === script.id) return renewJourney(current, script)
  current?.stop()
  current = new Journey(script, answers, at)
  return current
}

/**
 * The same situation in a new version of its script (the live preview in `npm run dev`, or a refetch
 * after an edit): a new journey restored with the answers still valid, on the same place when the
 * new script still has it.
 */
function renewJourney(old: Journey, script: SceneScript): Journey {
  const { answers, place } = untrack(() => ({ answers: old.answers, place: old.place }))
  old.stop()
  current = new Journey(script, answers, place)
  return current
}

/** Ends the kept journey (a kiosk's reset between visitors): the next visit starts afresh. */
export function forgetJourney(): void {
  current?.stop()
  current = undefined
}
