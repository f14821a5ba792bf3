import { createActor, fromCallback, fromPromise, type Actor, type SnapshotFrom } from 'xstate'
import type { HallPlan } from '../../core/content/hall-layout.ts'
import type { Locale, Text } from '../../core/content/text.ts'
import type { HallNames } from '../../core/hall/hall-model.ts'
import { attractTourMachine, tourStateOf, type LoadedTour, type TourState, type VisitShow } from '../../core/hall/attract-tour-machine.ts'
import type { Words } from '../../core/i18n/words.ts'
import type { Place } from '../../core/scenes/script.ts'
import type { HallController, MountHallOptions } from '../hall/mount-hall.ts'
import { overviewText, tourStops, type TourStop } from './tour-stops.ts'

export { dwellMs, restMs, type TourState } from '../../core/hall/attract-tour-machine.ts'

/** What the tour needs of the world; the kiosk passes the browser's (`browserTourWorld`), tests pass fakes. */
export type TourWorld = {
  /** The hall plan (which names each window's first matters), the names of its departments, and the tour's words in both languages. */
  load(): Promise<{ layout: HallPlan; names: HallNames; words: Words }>
  /** Mounts the animated hall (client/hall/mount-hall.ts, loaded only when first needed). */
  mount(host: HTMLElement, options: MountHallOptions): Promise<HallController>
  reducedMotion: Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>
  locale(): Locale
  /** Runs `run` once the start screen has been left alone a moment; returns a cancel. */
  later(run: () => void): () => void
}

/**
 * The tour is a calm loop shown all day: at each zone the guide walks briefly, at 12 frames a second,
 * then the hall holds still with the words up and draws nothing (HallController.setCalm). On a hall
 * terminal's software renderer this keeps the start screen's main thread under a tenth busy.
 */
export const tourMaxFps = 12
/** During a visit the guide walks for the visitor: smoother, still capped for a machine that runs all day. */
export const visitMaxFps = 30

/** What a visit's screens ask of the kiosk's one hall. */
export type VisitHall = {
  showScene(place: Place, say: Text, cue: string): void
  showRoute(windows: number[]): void
}

type Snapshot = SnapshotFrom<typeof attractTourMachine>

/**
 * The start screen's tour of the hall: the guide walks from zone to zone of content/hall/layout.json,
 * saying each zone's name and what is handled there, a few seconds per zone, looping. Its behaviour is
 * core/hall/attract-tour-machine.ts; this is the page's side: it runs the machine, provides the
 * world (when the screen is quiet, loading and mounting the hall) and draws the hall from each
 * snapshot. The hall is mounted once per kiosk page and kept all day: hidden during a visit it draws
 * nothing; under reduced motion it is a still overview; a visitor may pause it (WCAG 2.2.2); without
 * WebGL `state` is "unavailable" and the page tours the situations instead. During a visit the same
 * hall moves beside the questions and shows the visit's scenes and its route (`VisitHall`).
 */
export class AttractTour implements VisitHall {
  /** Live Pixi textures, from the hall's stats, for the soak bench. */
  textures = $state<number | undefined>()
  #snapshot = $state.raw<Snapshot>()!
  #actor: Actor<typeof attractTourMachine>
  #world: TourWorld
  #host: HTMLElement | undefined
  #hall: HallController | undefined
  #gone = false
  #locale: Locale | undefined
  #cap = 0
  #calm: boolean | undefined
  #walked = 0
  #played = 0

  constructor(world: TourWorld) {
    this.#world = world
    const machine = attractTourMachine.provide({
      actors: {
        quiet: fromCallback(({ sendBack }) => world.later(() => sendBack({ type: 'QUIET' }))),
        loadHall: fromPromise(() =>
          this.#load().catch((err: unknown) => {
            if (!this.#gone) console.warn(`kiosk start screen: the hall tour is off (${err instanceof Error ? err.message : String(err)})`)
            throw err
          }),
        ),
        hallReady: fromPromise(async () => (this.#hall ? this.#hall.ready : false)),
      },
    })
    this.#actor = createActor(machine, { input: { reduced: world.reducedMotion.matches } })
    this.#snapshot = this.#actor.getSnapshot()
    this.#actor.subscribe((snapshot) => {
      this.#snapshot = snapshot
      this.#draw()
    })
    this.#actor.start()
  }

  get state(): TourState {
    return tourStateOf(this.#snapshot.value, this.#snapshot.context)
  }
  get stops(): TourStop[] {
    return this.#snapshot.context.stops as TourStop[]
  }
  get overview(): Text | undefined {
    return this.#snapshot.context.overview
  }
  get paused(): boolean {
    return this.#snapshot.context.paused
  }
  get reduced(): boolean {
    return this.#snapshot.context.reduced
  }
  /** On the start screen, or beside a visit's questions. */
  get mode(): 'attract' | 'visit' {
    return this.#snapshot.matches({ screen: 'visit' }) ? 'visit' : 'attract'
  }

  /**
   * Whether the page shows the hall's element: on the start screen once rested. A canvas drawn by a
   * software renderer costs a read-back each time it appears, so a touch right after a reset never pays it.
   */
  get visible(): boolean {
    return this.#awake() && !this.#snapshot.context.failed
  }

  /** The stop whose words are shown; none under reduced motion (the overview is). */
  get current(): TourStop | undefined {
    const { reduced, index, failed, stops } = this.#snapshot.context
    return reduced || index < 0 || failed ? undefined : (stops[index] as TourStop)
  }

  /** A visit began: the hall shows beside the questions and follows the visit, not the tour. */
  visit(): void {
    this.#actor.send({ type: 'VISIT' })
  }

  /** The visit's scene step: the guide walks to its place and says its line. */
  showScene(place: Place, say: Text, cue: string): void {
    this.#actor.send({ type: 'VISIT_SHOW', show: { kind: 'scene', place, say, cue } })
  }

  /** The visit's result: the route through its windows, in order. */
  showRoute(windows: number[]): void {
    this.#actor.send({ type: 'VISIT_SHOW', show: { kind: 'route', windows } })
  }

  /** The page's language changed: the hall's words follow. */
  localeChanged(): void {
    this.#draw()
  }

  /** Gives the tour its element (it stays in the page all day); returns the teardown. */
  attach(host: HTMLElement): () => void {
    this.#host = host
    const media = this.#world.reducedMotion
    const onMedia = () => this.#actor.send({ type: 'REDUCED', reduced: media.matches })
    media.addEventListener('change', onMedia)
    return () => {
      this.#gone = true
      media.removeEventListener('change', onMedia)
      this.#actor.stop()
      this.#hall?.destroy()
      this.#hall = undefined
    }
  }

  /** The start screen is on: the tour plays (moving on to the next zone) unless motion is reduced. */
  show(): void {
    this.#actor.send({ type: 'SHOW' })
  }

  /** A visit began: the hall holds still, draws nothing and is hidden until `show()`. */
  hide(): void {
    this.#actor.send({ type: 'HIDE' })
  }

  togglePause(): void {
    this.#actor.send({ type: 'TOGGLE_PAUSE' })
  }

  #awake(): boolean {
    return this.#snapshot.matches({ screen: 'awake' }) || this.#snapshot.matches({ screen: 'visit' })
  }

  /** Loads the content and mounts the hall; answers the tour's stops. */
  async #load(): Promise<LoadedTour> {
    const { layout, names, words } = await this.#world.load()
    if (this.#gone || !this.#host) throw new Error('the page went before the hall loaded')
    this.#locale = this.#world.locale()
    const hall = await this.#world.mount(this.#host, {
      layout,
      names,
      locale: this.#locale,
      reducedMotion: false,
      onStatus: (s) => {
        if (s.kind === 'unavailable') this.#actor.send({ type: 'HALL_LOST' })
      },
    })
    if (this.#gone) {
      hall.destroy()
      throw new Error('the page went before the hall was mounted')
    }
    this.#hall = hall
    return { stops: tourStops(layout, words), overview: overviewText(layout, words) }
  }

  /** Brings the hall in line with the machine's snapshot; safe to call any time. */
  #draw(): void {
    const hall = this.#hall
    const { context } = this.#snapshot
    if (!hall || context.failed || this.#gone) return
    const visit = this.mode === 'visit'
    const cap = visit ? visitMaxFps : tourMaxFps
    if (cap !== this.#cap) hall.setMaxFps((this.#cap = cap))
    if (this.#calm !== !visit) hall.setCalm((this.#calm = !visit))
    const awake = this.#awake()
    if (awake) {
      hall.setOffscreen(false)
      const locale = this.#world.locale()
      if (locale !== this.#locale) hall.setLocale((this.#locale = locale))
    }
    if (awake && (visit || !context.paused)) hall.resume()
    else hall.pause()
    if (!awake) hall.setOffscreen(true)
    if (visit && context.visitShow && context.shows !== this.#played) play(hall, context.visitShow)
    this.#played = context.shows
    if (!visit && context.steps !== this.#walked && context.index >= 0) {
      const stop = context.stops[context.index]!
      hall.showPlace({ zone: stop.zone }, stop.say, stop.cue)
    }
    this.#walked = context.steps
    this.textures = hall.stats().textures
  }
}

function play(hall: HallController, show: VisitShow): void {
  if (show.kind === 'scene') hall.showPlace(show.place, show.say, show.cue)
  else hall.showRoute(show.windows)
}
