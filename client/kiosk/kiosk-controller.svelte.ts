import { installTouchGuards, lockViewport } from './touch-guards.ts'
import { onActivity, onReset, onTick, secondsLeft, startTimeline, type KioskPhase, type KioskTimeline, type TimelineSettings } from './kiosk-timeline.ts'

export type ControllerHooks = {
  /** Clears the visit (server links, caches, storage, screen). Awaited before the start screen returns. */
  reset: (reason: 'idle' | 'finish') => Promise<void>
  /** The scheduled quiet reload, only ever called on the start screen. */
  reload: () => void
}

/**
 * Owns every timer and listener of the kiosk: one 1-second tick, the activity listeners, the touch
 * guards, and whatever a visit registers with `own()`. A reset disposes the visit's handles; `dispose()`
 * removes everything. `handles` counts what is live, so tests can see nothing piles up.
 */
export class KioskController {
  phase = $state<KioskPhase>('attract')
  secondsLeft = $state(0)
  handles = $state(0)
  resetting = $state(false)
  #timeline: KioskTimeline
  #settings: TimelineSettings
  #hooks: ControllerHooks
  #now: () => number
  #kiosk = new Set<() => void>()
  #visit = new Set<() => void>()

  constructor(settings: TimelineSettings, hooks: ControllerHooks, now: () => number = () => Date.now()) {
    this.#settings = settings
    this.#hooks = hooks
    this.#now = now
    this.#timeline = startTimeline(now())
    this.secondsLeft = Math.ceil(settings.warningMs / 1000)
  }

  /** Starts the tick, the activity listeners and the touch guards on this window. */
  start(win: Window = window): void {
    const id = win.setInterval(() => this.tick(), 1000)
    this.#hold(this.#kiosk, () => win.clearInterval(id))
    const listen = (target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) => {
      target.addEventListener(type, handler, options)
      this.#hold(this.#kiosk, () => target.removeEventListener(type, handler, options))
    }
    const touched = () => this.activity()
    for (const type of ['pointerdown', 'keydown', 'wheel']) listen(win, type, touched, { capture: true, passive: true })
    installTouchGuards(listen, win.document)
    this.#hold(this.#kiosk, lockViewport(win.document))
  }

  /** Registers something the current visit must release on reset (a tween, a listener); returns a releaser. */
  own(release: () => void): () => void {
    return this.#hold(this.#visit, release)
  }

  /** The visitor touched the start screen: the visit begins. */
  begin(): void {
    this.#apply(onActivity(this.#timeline, this.#now()))
  }

  /** Any touch or key while a visit is on, including "Continue" on the warning. */
  activity(): void {
    if (this.phase === 'attract' || this.resetting) return
    this.#apply(onActivity(this.#timeline, this.#now()))
  }

  /** "结束 / Finish": the same reset as the idle one, at once. */
  finish(): Promise<void> {
    return this.#reset('finish')
  }

  tick(): void {
    if (this.resetting) return
    const { state, effect } = onTick(this.#timeline, this.#now(), this.#settings)
    if (effect === 'reset') return void this.#reset('idle')
    this.#apply(state)
    if (effect === 'reload') this.#hooks.reload()
  }

  dispose(): void {
    for (const release of [...this.#visit, ...this.#kiosk]) release()
    this.#visit.clear()
    this.#kiosk.clear()
    this.handles = 0
  }

  async #reset(reason: 'idle' | 'finish'): Promise<void> {
    if (this.resetting) return
    this.resetting = true
    try {
      for (const release of [...this.#visit]) release()
      this.#visit.clear()
      this.#count()
      await this.#hooks.reset(reason)
    } finally {
      this.#apply(onReset(this.#timeline, this.#now()))
      this.resetting = false
    }
  }

  #apply(state: KioskTimeline): void {
    this.#timeline = state
    this.phase = state.phase
    this.secondsLeft = secondsLeft(state, this.#now(), this.#settings)
  }

  #hold(set: Set<() => void>, release: () => void): () => void {
    let done = false
    const once = () => {
      if (done) return
      done = true
      set.delete(once)
      release()
      this.#count()
    }
    set.add(once)
    this.#count()
    return once
  }

  #count(): void {
    this.handles = this.#kiosk.size + this.#visit.size
  }
}
