import type { HallLayout } from '../../core/content/hall-layout.ts'
import type { Locale, Text } from '../../core/content/text.ts'
import type { HallNames } from '../../core/hall/hall-model.ts'
import type { Words } from '../../core/i18n/words.ts'
import type { Place } from '../../core/scenes/script.ts'
import type { HallController, MountHallOptions } from '../hall/mount-hall.ts'
import { overviewText, tourStops, type TourStop } from './tour-stops.ts'

/** What the tour needs of the world; the kiosk passes the browser's (`browserTourWorld`), tests pass fakes. */
export type TourWorld = {
  /** The hall layout, the names of its departments and matters, and the tour's words in both languages. */
  load(): Promise<{ layout: HallLayout; names: HallNames; words: Words }>
  /** Mounts the animated hall (client/hall/mount-hall.ts, loaded only when first needed). */
  mount(host: HTMLElement, options: MountHallOptions): Promise<HallController>
  reducedMotion: Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>
  locale(): Locale
  /** Runs `run` once the start screen has been left alone a moment; returns a cancel. */
  later(run: () => void): () => void
}

/** What the start screen's hall is doing, for the page and for tests (`data-tour`). */
export type TourState = 'waiting' | 'loading' | 'resting' | 'touring' | 'paused' | 'still' | 'hidden' | 'visit' | 'unavailable'

/** Time at each zone: a walk of at most 3 s, then time to read the bubble. */
export const dwellMs = 6500
/**
 * After a visit the start screen waits this long before it shows the hall again and the guide walks
 * on: the visitor is walking away, and a next one touching at once never waits for a software
 * renderer to read the canvas back or draw a frame.
 */
export const restMs = 1000
/**
 * The tour is a slow loop shown all day: 20 frames a second are plenty (a third of a 60 Hz screen's
 * work on a real GPU). A software renderer draws fewer anyway, which is why visits hide the hall.
 */
export const tourMaxFps = 20
/** During a visit the guide walks for the visitor: smoother, still capped for a machine that runs all day. */
export const visitMaxFps = 30

/** What a visit's screens ask of the kiosk's one hall. */
export type VisitHall = {
  showScene(place: Place, say: Text, cue: string): void
  showRoute(windows: number[]): void
}

/**
 * The start screen's tour of the hall: the guide walks from zone to zone of content/hall/layout.json,
 * saying each zone's name and what is handled there, a few seconds per zone, looping. The hall is
 * mounted once per kiosk page (after the start screen was first left alone a moment) and kept all
 * day: `hide()` during a visit pauses it, stops its frames and timers; `show()` on the start screen
 * moves on to the next zone after a short rest. Under reduced motion it is a still overview; a
 * visitor may pause it (WCAG 2.2.2); without WebGL `state` is "unavailable" and the page tours the
 * situations instead. During a visit (`visit()`) the same hall moves beside the questions and shows
 * the visit's scenes and its route (`VisitHall`), so the page still holds one hall.
 */
export class AttractTour implements VisitHall {
  stops = $state.raw<TourStop[]>([])
  overview = $state.raw<Text | undefined>()
  /** The stop the guide is at or walking to; -1 before the first. */
  index = $state(-1)
  shown = $state(false)
  paused = $state(false)
  reduced = $state(false)
  /** On the start screen, or beside a visit's questions. */
  mode = $state<'attract' | 'visit'>('attract')
  /** Live Pixi textures, from the hall's stats, for the soak bench. */
  textures = $state<number | undefined>()
  #status = $state<'waiting' | 'loading' | 'ready' | 'unavailable'>('waiting')
  #world: TourWorld
  #host: HTMLElement | undefined
  #hall: HallController | undefined
  #timer: ReturnType<typeof setTimeout> | undefined
  #cancelLater: (() => void) | undefined
  #rest: ReturnType<typeof setTimeout> | undefined
  /** Shown and rested: the hall may draw. */
  #awake = $state(false)
  #moving = false
  #advance = true
  #locale: Locale | undefined
  #gone = false
  /** The visit's latest scene or route, played when the hall is ready. */
  #visitShows: ((hall: HallController) => void) | undefined
  #cap = 0

  constructor(world: TourWorld) {
    this.#world = world
    this.reduced = world.reducedMotion.matches
  }

  get state(): TourState {
    if (this.#status !== 'ready') return this.#status
    if (!this.shown) return 'hidden'
    if (this.mode === 'visit') return 'visit'
    if (!this.#awake) return 'resting'
    if (this.reduced) return 'still'
    return this.paused ? 'paused' : 'touring'
  }

  /**
   * Whether the page shows the hall's element: on the start screen once rested. A canvas drawn by a
   * software renderer costs a read-back each time it appears, so a touch right after a reset never pays it.
   */
  get visible(): boolean {
    return this.shown && this.#awake && this.#status !== 'unavailable'
  }

  /** A visit began: the hall shows beside the questions and follows the visit, not the tour. */
  visit(): void {
    this.mode = 'visit'
    this.shown = true
    this.#awake = true
    clearTimeout(this.#rest)
    this.#visitShows = undefined
    this.#sync()
  }

  /** The visit's scene step: the guide walks to its place and says its line. */
  showScene(place: Place, say: Text, cue: string): void {
    this.#play((hall) => hall.showPlace(place, say, cue))
  }

  /** The visit's result: the route through its windows, in order. */
  showRoute(windows: number[]): void {
    this.#play((hall) => hall.showRoute(windows))
  }

  /** The page's language changed: the hall's words follow. */
  localeChanged(): void {
    this.#sync()
  }

  #play(show: (hall: HallController) => void): void {
    if (this.#hall && this.mode === 'visit') show(this.#hall)
    else this.#visitShows = show
  }

  /** The stop whose words are shown; none under reduced motion (the overview is). */
  get current(): TourStop | undefined {
    return this.reduced || this.index < 0 || this.#status === 'unavailable' ? undefined : this.stops[this.index]
  }

  /** Gives the tour its element (it stays in the page all day); returns the teardown. */
  attach(host: HTMLElement): () => void {
    this.#host = host
    const media = this.#world.reducedMotion
    const onMedia = () => {
      this.reduced = media.matches
      this.#sync()
    }
    media.addEventListener('change', onMedia)
    this.#sync()
    return () => {
      this.#gone = true
      media.removeEventListener('change', onMedia)
      this.#cancelLater?.()
      clearTimeout(this.#rest)
      this.#stopTimer()
      this.#hall?.destroy()
      this.#hall = undefined
    }
  }

  /** The start screen is on: the tour plays (moving on to the next zone) unless motion is reduced. */
  show(): void {
    this.mode = 'attract'
    this.#visitShows = undefined
    this.shown = true
    this.paused = false
    clearTimeout(this.#rest)
    this.#rest = setTimeout(() => {
      this.#awake = true
      this.#sync()
    }, restMs)
    this.#sync()
  }

  /** A visit began: the hall holds still, draws nothing and is hidden until `show()`. */
  hide(): void {
    if (this.mode === 'visit') return
    this.shown = false
    this.#awake = false
    clearTimeout(this.#rest)
    this.#advance = true
    this.#sync()
  }

  togglePause(): void {
    this.paused = !this.paused
    this.#sync()
  }

  /** Brings the hall in line with shown / paused / reduced; safe to call any time. */
  #sync(): void {
    if (this.#gone || this.#status === 'unavailable') return this.#stopTimer()
    if (this.mode === 'visit' && this.#status === 'waiting') {
      this.#cancelLater?.()
      this.#cancelLater = undefined
      void this.#load()
    }
    if (this.shown && this.#status === 'waiting' && !this.#cancelLater) this.#cancelLater = this.#world.later(() => this.#load())
    if (!this.shown && this.#status === 'waiting') {
      this.#cancelLater?.()
      this.#cancelLater = undefined
    }
    const hall = this.#hall
    if (!hall) return
    const cap = this.mode === 'visit' ? visitMaxFps : tourMaxFps
    if (cap !== this.#cap) hall.setMaxFps((this.#cap = cap))
    if (this.mode === 'visit') return this.#syncVisit(hall)
    const awake = this.shown && this.#awake
    const moving = awake && !this.paused && !this.reduced
    if (awake) {
      hall.setOffscreen(false)
      const locale = this.#world.locale()
      if (locale !== this.#locale) hall.setLocale((this.#locale = locale))
    }
    if (awake && !this.paused) hall.resume()
    else hall.pause()
    if (!awake) hall.setOffscreen(true)
    if (moving && !this.#moving) {
      if (this.#advance || this.index < 0) this.#step()
      else this.#schedule()
    }
    if (!moving) this.#stopTimer()
    this.#moving = moving
    this.#advance &&= !moving
    this.textures = hall.stats().textures
  }

  #syncVisit(hall: HallController): void {
    this.#stopTimer()
    this.#moving = false
    this.#advance = true
    hall.setOffscreen(false)
    const locale = this.#world.locale()
    if (locale !== this.#locale) hall.setLocale((this.#locale = locale))
    hall.resume()
    // A scene asked for before the hall was loaded plays once it is.
    const pending = this.#visitShows
    this.#visitShows = undefined
    pending?.(hall)
    this.textures = hall.stats().textures
  }

  async #load(): Promise<void> {
    this.#status = 'loading'
    try {
      const { layout, names, words } = await this.#world.load()
      if (this.#gone || !this.#host) return
      this.stops = tourStops(layout, words, names)
      this.overview = overviewText(layout, words)
      this.#locale = this.#world.locale()
      const hall = await this.#world.mount(this.#host, {
        layout,
        names,
        locale: this.#locale,
        reducedMotion: false,
        onStatus: (s) => {
          if (s.kind === 'unavailable') this.#fail()
        },
      })
      if (this.#gone) return hall.destroy()
      this.#hall = hall
      this.#sync()
      if (!(await hall.ready)) return this.#fail()
      if (this.#gone || this.#status !== 'loading') return
      this.#status = 'ready'
      this.#sync()
    } catch (err) {
      console.warn(`kiosk start screen: the hall tour is off (${err instanceof Error ? err.message : String(err)})`)
      this.#fail()
    }
  }

  #fail(): void {
    this.#status = 'unavailable'
    this.#stopTimer()
  }

  #step(): void {
    const hall = this.#hall
    if (!hall || this.stops.length === 0) return
    this.index = (this.index + 1) % this.stops.length
    const stop = this.stops[this.index]!
    hall.showPlace({ zone: stop.zone }, stop.say, stop.cue)
    this.textures = hall.stats().textures
    this.#schedule()
  }

  #schedule(): void {
    this.#stopTimer()
    this.#timer = setTimeout(() => this.#step(), dwellMs)
  }

  #stopTimer(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
  }
}
