import { createActor, fromPromise, type Actor } from 'xstate'
import { kioskMachine, type KioskPhase, type KioskSettings, type ResetReason } from '../../core/kiosk/kiosk-machine.ts'
import { installTouchGuards, lockViewport } from './touch-guards.ts'

export type ControllerHooks = {
  /** Clears the visit (server links, caches, storage, screen). Awaited before the start screen returns. */
  reset: (reason: ResetReason) => Promise<void>
  /** The scheduled quiet reload, only ever called on the start screen. */
  reload: () => void
}

/**
 * The page's side of the kiosk machine (core/kiosk/kiosk-machine.ts): it feeds the machine one tick a
 * second and the visitor's touches, provides the reset and reload, and owns every timer and listener
 * of the kiosk: the tick, the activity listeners, the touch guards, and whatever a visit registers with
 * `own()`. A reset releases the visit's handles; `dispose()` removes everything. `handles` counts what
 * is live, so tests can see nothing piles up.
 */
export class KioskController {
  phase = $state<KioskPhase>('attract')
  secondsLeft = $state(0)
  handles = $state(0)
  resetting = $state(false)
  #actor: Actor<typeof kioskMachine>
  #now: () => number
  #kiosk = new Set<() => void>()
  #visit = new Set<() => void>()
  #cleared: (() => void)[] = []

  constructor(settings: KioskSettings, hooks: ControllerHooks, now: () => number = () => Date.now()) {
    this.#now = now
    const machine = kioskMachine.provide({
      actions: { releaseVisit: () => this.#releaseVisit(), reload: () => hooks.reload() },
      actors: { reset: fromPromise(({ input }: { input: ResetReason }) => hooks.reset(input)) },
    })
    this.#actor = createActor(machine, { input: { settings, now: now() } })
    this.#actor.subscribe((snapshot) => {
      this.resetting = snapshot.value === 'resetting'
      if (snapshot.value !== 'resetting') this.phase = snapshot.value
      this.secondsLeft = snapshot.context.secondsLeft
      if (!this.resetting) this.#cleared.splice(0).forEach((done) => done())
    })
    this.#actor.start()
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
    this.#actor.send({ type: 'BEGIN', now: this.#now() })
  }

  /** Any touch or key while a visit is on, including "Continue" on the warning. */
  activity(): void {
    this.#actor.send({ type: 'ACTIVITY', now: this.#now() })
  }

  /** "结束 / Finish": the same reset as the idle one, at once; resolves once the start screen is back. */
  finish(): Promise<void> {
    if (this.resetting) return Promise.resolve()
    const done = new Promise<void>((resolve) => this.#cleared.push(resolve))
    this.#actor.send({ type: 'FINISH' })
    return done
  }

  tick(): void {
    this.#actor.send({ type: 'TICK', now: this.#now() })
  }

  dispose(): void {
    this.#actor.stop()
    for (const release of [...this.#visit, ...this.#kiosk]) release()
    this.#visit.clear()
    this.#kiosk.clear()
    this.handles = 0
  }

  #releaseVisit(): void {
    for (const release of [...this.#visit]) release()
    this.#visit.clear()
    this.#count()
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
