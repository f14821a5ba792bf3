import { createActor, fromPromise, type Actor, type SnapshotFrom } from 'xstate'
import { autosaveMachine, unsavedIn, type NewerDraft, type SaveFailure, type SaveResult, type SaveState } from '../../core/forms/autosave-machine.ts'
import { ApiFailure } from '../api/api-failure.ts'

export type { SaveState }

export type AutosaveOptions = {
  /** Sends the latest data over `revision`; called with one request in flight at most. */
  save: (revision: number) => Promise<SaveResult>
  revision: number
  savedAt?: string | null
  expiresAt?: string | null
  /** Pause after the last change before saving. */
  delayMs?: number
  /** Waits between retries after a failure; the last one repeats. */
  retryDelaysMs?: readonly number[]
}

/** The network, 429 and 5xx are worth retrying; any other refusal is for good. */
function failureOf(err: unknown): SaveFailure {
  if (!(err instanceof ApiFailure)) return { kind: 'failed', retryable: true, code: 'unexpected' }
  return { kind: 'failed', retryable: err.status === 0 || err.status === 429 || err.status >= 500, code: err.code }
}

/**
 * Saves a draft a moment after the citizen stops typing, and at once when they leave a field: the
 * page's side of core/forms/autosave-machine.ts. It runs the machine (whose delayed events are the
 * timers), provides the request, and mirrors the machine's state in runes for the page.
 */
export class Autosaver {
  state = $state<SaveState>('idle')
  /** When the server last stored this draft (ISO). */
  savedAt = $state<string | null>(null)
  expiresAt = $state<string | null>(null)
  /** What another tab or device stored, while `state` is 'conflict'. */
  newer = $state.raw<NewerDraft | null>(null)
  /** The server's error code when `state` is 'failed'. */
  failure = $state<string | null>(null)
  revision: number
  #actor: Actor<typeof autosaveMachine>
  #settled: (() => void)[] = []

  constructor(options: AutosaveOptions) {
    const { save, ...input } = options
    this.revision = input.revision
    const machine = autosaveMachine.provide({
      actors: { save: fromPromise(({ input: { revision } }) => save(revision).catch(failureOf)) },
    })
    this.#actor = createActor(machine, { input })
    this.#actor.subscribe((snapshot) => this.#mirror(snapshot))
    this.#actor.start()
  }

  /** True while something typed is not yet stored on the server. */
  get unsaved(): boolean {
    return unsavedIn(this.#actor.getSnapshot().context)
  }

  /** Call after every change; the save waits for a pause. */
  changed(): void {
    this.#actor.send({ type: 'CHANGED' })
  }

  /** Saves now (leaving a field, changing section); resolves once nothing more can be done. */
  flush(): Promise<SaveState> {
    return this.#whenSettled({ type: 'FLUSH' })
  }

  /** The citizen chose the other version: it is what the server holds, so nothing is unsaved. */
  accept(newer: NewerDraft): void {
    this.#actor.send({ type: 'ACCEPT', newer })
  }

  /** The citizen keeps their own version: save it over the newer revision they have now seen. */
  overrule(): Promise<SaveState> {
    return this.#whenSettled({ type: 'OVERRULE' })
  }

  /** The server refused a submit as stale: show what it holds and let the citizen choose. */
  conflictWith(newer: NewerDraft): void {
    this.#actor.send({ type: 'CONFLICT', newer })
  }

  /** Stops timers (the page closed); unsaved data is left to the page's warning. */
  stop(): void {
    this.#actor.send({ type: 'STOP' })
  }

  #whenSettled(event: { type: 'FLUSH' | 'OVERRULE' }): Promise<SaveState> {
    const done = new Promise<SaveState>((resolve) => this.#settled.push(() => resolve(this.state)))
    this.#actor.send(event)
    this.#wake(this.#actor.getSnapshot())
    return done
  }

  #mirror(snapshot: SnapshotFrom<typeof autosaveMachine>): void {
    const { context } = snapshot
    this.state = snapshot.value
    this.savedAt = context.savedAt
    this.expiresAt = context.expiresAt
    this.newer = context.newer
    this.failure = context.failure
    this.revision = context.revision
    this.#wake(snapshot)
  }

  /** Nothing more will happen without the citizen: no request out, and no pause left before one. */
  #wake(snapshot: SnapshotFrom<typeof autosaveMachine>): void {
    if (snapshot.value === 'saving' || (snapshot.context.waiting && snapshot.value !== 'retrying')) return
    const waiting = this.#settled
    this.#settled = []
    waiting.forEach((resolve) => resolve())
  }
}
