import { ApiFailure } from '../api/api-failure.ts'
import type { NewerDraft, SaveResult } from '../api/drafts.ts'

/**
 * idle: nothing to save yet · pending: a change waits for the pause · saving: a request is out ·
 * saved: everything typed is stored · retrying: the network or server failed, the changes wait in
 * memory · conflict: another tab or device saved first · failed: the server refused for good (the
 * draft expired or is gone); the changes are still on screen.
 */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'retrying' | 'conflict' | 'failed'

export type AutosaveOptions = {
  /** Sends the latest data over `revision`; called with one request in flight at most. */
  save: (revision: number) => Promise<SaveResult>
  revision: number
  /** Pause after the last change before saving. */
  delayMs?: number
  /** Waits between retries after a failure; the last one repeats. */
  retryDelaysMs?: readonly number[]
}

/**
 * Saves a draft a moment after the citizen stops typing, and at once when they leave a field.
 * One request is in flight at a time; changes made meanwhile go in the next one, so the latest data
 * always wins. Failures never drop anything: the data stays in memory and the save is retried.
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

  #save: AutosaveOptions['save']
  #delayMs: number
  #retryDelaysMs: readonly number[]
  #edits = 0
  #savedEdits = 0
  #retries = 0
  #timer: ReturnType<typeof setTimeout> | null = null
  #running = false
  #settled: (() => void)[] = []

  constructor(options: AutosaveOptions) {
    this.#save = options.save
    this.revision = options.revision
    this.#delayMs = options.delayMs ?? 1000
    this.#retryDelaysMs = options.retryDelaysMs ?? [1000, 2000, 5000, 10_000, 30_000]
  }

  /** True while something typed is not yet stored on the server. */
  get unsaved(): boolean {
    return this.#edits !== this.#savedEdits
  }

  /** Call after every change; the save waits for a pause. */
  changed(): void {
    this.#edits++
    if (this.state === 'conflict' || this.state === 'failed') return
    if (this.state !== 'saving' && this.state !== 'retrying') this.state = 'pending'
    if (this.state !== 'retrying') this.#schedule(this.#delayMs)
  }

  /** Saves now (leaving a field, changing section); resolves once nothing more can be done. */
  flush(): Promise<SaveState> {
    const done = this.#whenSettled()
    if (this.state === 'retrying') this.#retries = 0
    this.#clearTimer()
    void this.#run()
    return done
  }

  /** The citizen chose the other version: it is what the server holds, so nothing is unsaved. */
  accept(newer: NewerDraft): void {
    this.revision = newer.revision
    this.savedAt = newer.updatedAt
    this.newer = null
    this.#savedEdits = this.#edits
    this.state = 'saved'
    this.#wake()
  }

  /** The citizen keeps their own version: save it over the newer revision they have now seen. */
  overrule(): Promise<SaveState> {
    if (this.newer) this.revision = this.newer.revision
    this.newer = null
    this.#edits++
    this.state = 'pending'
    return this.flush()
  }

  /** The server refused a submit as stale: show what it holds and let the citizen choose. */
  conflictWith(newer: NewerDraft): void {
    this.#clearTimer()
    this.newer = newer
    this.state = 'conflict'
  }

  /** Stops timers (the page closed); unsaved data is left to the page's warning. */
  stop(): void {
    this.#clearTimer()
    this.#wake()
  }

  async #run(): Promise<void> {
    if (this.#running || !this.unsaved || this.newer || this.state === 'failed') {
      if (!this.#running) this.#wake()
      return
    }
    this.#running = true
    this.state = 'saving'
    const edits = this.#edits
    try {
      this.#apply(await this.#save(this.revision), edits)
    } catch (err) {
      this.#fail(err)
    } finally {
      this.#running = false
    }
    if ((this.state as SaveState) === 'pending' && this.#timer === null) void this.#run()
    else this.#wake()
  }

  #apply(result: SaveResult, edits: number): void {
    if (result.kind === 'conflict') {
      this.newer = result.newer
      this.state = 'conflict'
      return
    }
    this.revision = result.revision
    this.savedAt = result.updatedAt
    this.expiresAt = result.expiresAt
    this.#savedEdits = edits
    this.#retries = 0
    this.state = this.unsaved ? 'pending' : 'saved'
  }

  #fail(err: unknown): void {
    const retryable = !(err instanceof ApiFailure) || err.status === 0 || err.status === 429 || err.status >= 500
    if (!retryable) {
      this.state = 'failed'
      this.failure = (err as ApiFailure).code
      return
    }
    this.state = 'retrying'
    const delay = this.#retryDelaysMs[Math.min(this.#retries, this.#retryDelaysMs.length - 1)] ?? 30_000
    this.#retries++
    this.#schedule(delay)
  }

  #schedule(ms: number): void {
    this.#clearTimer()
    this.#timer = setTimeout(() => {
      this.#timer = null
      void this.#run()
    }, ms)
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
  }

  #whenSettled(): Promise<SaveState> {
    return new Promise((resolve) => this.#settled.push(() => resolve(this.state)))
  }

  #wake(): void {
    if (this.#running || (this.#timer !== null && this.state !== 'retrying')) return
    const waiting = this.#settled
    this.#settled = []
    waiting.forEach((resolve) => resolve())
  }
}
