import { untrack } from 'svelte'
import { createActor, type Actor } from 'xstate'
import type { Catalogue } from '../../core/content/catalogue.ts'
import type { Answers, AnswerValue } from '../../core/conditions/condition.ts'
import { compileScene } from '../../core/scenes/compile.ts'
import type { JourneyContext, JourneyEvent } from '../../core/scenes/journey.ts'
import { buildOutcome, type Outcome } from '../../core/scenes/outcome.ts'
import { progressOf } from '../../core/scenes/progress.ts'
import type { SceneScript, Step } from '../../core/scenes/script.ts'
import { walkPath } from '../../core/scenes/walk.ts'

export type { JourneyEvent }

/** What the page shows: a step of the script, the "check your answers" page, or the result. */
export type JourneyView = 'step' | 'check' | 'result'

type Machine = ReturnType<typeof compileScene>
type Snapshot = { value: unknown; context: JourneyContext }

/**
 * One citizen's walk through one situation: the XState actor compiled from the script, its snapshot
 * in $state for Svelte, and what the page derives from it. It lives outside any page component, so
 * switching language or visiting a guide and coming back keeps the answers.
 */
export class Journey {
  readonly script: SceneScript
  snapshot: Snapshot = $state.raw({ value: '', context: { answers: {}, path: [] } })
  /** True once the citizen has confirmed the check-your-answers page. */
  reviewed = $state(false)
  #actor: Actor<Machine>
  #editing = false

  constructor(script: SceneScript, answers?: Answers) {
    this.script = script
    this.#actor = createActor(compileScene(script))
    this.#actor.subscribe((snapshot) => (this.snapshot = snapshot))
    this.#actor.start()
    this.snapshot = this.#actor.getSnapshot()
    if (answers && Object.keys(answers).length > 0) this.restore(answers)
  }

  get answers(): Answers {
    return this.snapshot.context.answers
  }
  get path(): string[] {
    return this.snapshot.context.path
  }
  get stepId(): string {
    return String(this.snapshot.value)
  }
  get step(): Step | undefined {
    return this.script.steps.find((s) => s.id === this.stepId)
  }
  get view(): JourneyView {
    if (this.step?.kind !== 'outcome') return 'step'
    return this.reviewed ? 'result' : 'check'
  }
  /** "第 3 步，共 6 步", counted in questions (a scene counts as the question after it); none on the list. */
  get progress(): { index: number; total: number } | undefined {
    return this.step && this.step.kind !== 'outcome' ? progressOf(this.script, this.answers, this.stepId) : undefined
  }

  /** Sends an event to the machine; EDIT (a Change link) also remembers to come back to the check page. */
  send(event: JourneyEvent): void {
    if (event.type === 'EDIT') {
      this.#editing = true
      this.reviewed = false
    }
    this.#actor.send(event)
  }

  answer(value: AnswerValue): void {
    this.send({ type: 'ANSWER', value })
    // After a change from the check page, go straight back to it when the answers still reach an end.
    if (this.#editing && this.#reachesOutcome()) this.send({ type: 'RESTORE', answers: this.answers })
  }
  next(): void {
    this.send({ type: 'NEXT' })
  }
  back(): void {
    if (this.view === 'result') this.reviewed = false
    else this.send({ type: 'BACK' })
  }
  edit(step: string): void {
    this.send({ type: 'EDIT', step })
  }
  confirm(): void {
    this.#editing = false
    this.reviewed = true
  }
  /** Replaces every answer (share links); shows the result at once when they reach an outcome. */
  restore(answers: Answers): void {
    this.send({ type: 'RESTORE', answers })
    this.#editing = false
    this.reviewed = this.step?.kind === 'outcome'
  }
  /** Opens the route the answers take at one of its steps (the studio's "preview from this step"); a step off the route is ignored. */
  openAt(answers: Answers, step: string): void {
    this.restore(answers)
    this.#actor.send({ type: 'EDIT', step })
    this.reviewed = false
  }
  restart(): void {
    this.restore({})
  }

  outcome(catalogue: Catalogue): Outcome | null {
    return buildOutcome(this.script, catalogue, this.answers)
  }

  stop(): void {
    this.#actor.stop()
  }

  #reachesOutcome(): boolean {
    const stop = walkPath(this.script, this.answers).stop
    return this.script.steps.find((s) => s.id === stop)?.kind === 'outcome'
  }
}

let current: Journey | undefined

/**
 * The journey for a script, kept across page visits: the same one while the citizen stays on the
 * same situation, a new one when they open another.
 */
export function journeyFor(script: SceneScript, answers?: Answers): Journey {
  if (current && current.script === script) return current
  if (current && current.script.id === script.id) return renewJourney(current, script)
  current?.stop()
  current = new Journey(script, answers)
  return current
}

/**
 * The same situation in a new version of its script (the live preview in `npm run dev`, or a refetch
 * after an edit): a new journey restored with the answers still valid, on the check page or the
 * result as before when the answers still reach an outcome.
 */
function renewJourney(old: Journey, script: SceneScript): Journey {
  const { answers, reviewed } = untrack(() => ({ answers: old.answers, reviewed: old.reviewed }))
  old.stop()
  current = new Journey(script, answers)
  if (!reviewed) current.reviewed = false
  return current
}

/** Ends the kept journey, so the next `journeyFor` starts afresh (the kiosk keeps its own, see KioskSteps). */
export function forgetJourney(): void {
  current?.stop()
  current = undefined
}
