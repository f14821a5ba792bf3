import { gsap } from 'gsap'

/**
 * The hall's own GSAP timelines and the motion settings that rule them. Reduced motion (the system's
 * `prefers-reduced-motion`, read through `gsap.matchMedia`, or the in-app toggle kiosks need) makes
 * every timeline jump to its end at once; pause holds them where they are (WCAG 2.2.2).
 */
export class HallMotion {
  #live = new Set<gsap.core.Timeline>()
  #systemReduced = false
  #userReduced: boolean
  #paused = false
  #hidden = false
  #mm = gsap.matchMedia()

  constructor(userReduced: boolean, private readonly onChange: () => void) {
    this.#userReduced = userReduced
    this.#mm.add({ full: '(prefers-reduced-motion: no-preference)', reduce: '(prefers-reduced-motion: reduce)' }, (context) => {
      this.#systemReduced = Boolean(context.conditions?.reduce)
      this.#settle()
    })
  }

  get reduced(): boolean {
    return this.#systemReduced || this.#userReduced
  }
  get paused(): boolean {
    return this.#paused
  }
  /** Timelines still moving something on screen. */
  get running(): number {
    let n = 0
    for (const tl of this.#live) if (tl.isActive()) n++
    return n
  }

  /** A new timeline owned by the hall; it plays at once unless motion is reduced or paused. */
  timeline(): gsap.core.Timeline {
    const tl = gsap.timeline({ onComplete: () => this.#forget(tl) })
    this.#live.add(tl)
    if (this.#paused || this.#hidden) tl.pause()
    return tl
  }

  /** Call once the timeline is built: with reduced motion it is finished immediately. */
  start(tl: gsap.core.Timeline): void {
    if (this.reduced) this.#finish(tl)
    this.onChange()
  }

  setUserReduced(reduced: boolean): void {
    this.#userReduced = reduced
    // Re-runs the matchMedia handler, as a system change would, so both paths end in #settle.
    gsap.matchMediaRefresh()
    this.#settle()
  }

  pause(): void {
    this.#paused = true
    this.#live.forEach((tl) => tl.pause())
    this.onChange()
  }

  resume(): void {
    this.#paused = false
    if (!this.#hidden) this.#live.forEach((tl) => tl.resume())
    this.onChange()
  }

  /** The page went out of sight (or came back): hold everything without changing the user's choice. */
  setHidden(hidden: boolean): void {
    this.#hidden = hidden
    if (hidden) this.#live.forEach((tl) => tl.pause())
    else if (!this.#paused) this.#live.forEach((tl) => tl.resume())
  }

  /** Stops whatever is moving, leaving things where they are (a new scene takes over from here). */
  interrupt(): void {
    this.#live.forEach((tl) => tl.kill())
    this.#live.clear()
  }

  /** Stops the camera moves of the live timelines (the visitor took the map); figures walk on. */
  stopCamera(camera: object): void {
    this.#live.forEach((tl) => tl.killTweensOf(camera))
  }

  destroy(): void {
    this.interrupt()
    this.#mm.revert()
  }

  #settle(): void {
    if (this.reduced) this.#live.forEach((tl) => this.#finish(tl))
    this.onChange()
  }

  #finish(tl: gsap.core.Timeline): void {
    tl.progress(1, false)
    tl.kill()
    this.#forget(tl)
  }

  #forget(tl: gsap.core.Timeline): void {
    this.#live.delete(tl)
    this.onChange()
  }
}
