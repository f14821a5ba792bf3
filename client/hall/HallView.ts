import { Container, type Application } from 'pixi.js'
import type { Point, Rect } from '../../core/content/hall-layout.ts'
import type { Locale, Text } from '../../core/content/text.ts'
import type { HallModel } from '../../core/hall/hall-model.ts'
import { hallQueue, sameQueue, type HallQueue, type QueueReport } from '../../core/hall/hall-queue.ts'
import { isPlaceError, placeTarget } from '../../core/hall/place-target.ts'
import { routeFocus, routeStops } from '../../core/hall/route-stops.ts'
import { routeThrough } from '../../core/hall/route-through.ts'
import type { Place } from '../../core/scenes/script.ts'
import { adaptResolution, cacheResolution, recacheTo, resolutionCeiling, type ResolutionPolicy } from './backing-resolution.ts'
import type { Camera, Viewport } from './camera.ts'
import { motionOf } from './cue-motions.ts'
import { drawHall, type DrawnHall } from './draw-hall.ts'
import { drawRoute } from './draw-route.ts'
import { drawFigure, type Figure } from './figures.ts'
import { HallLabels } from './hall-labels.ts'
import { HallMotion } from './hall-motion.ts'
import { HallNote } from './hall-notes.ts'
import { StopMarkers } from './stop-markers.ts'
import { Occluders } from './occluders.ts'
import { labelSpecs } from './label-specs.ts'
import { floorDepth, project } from './projection.ts'
import { cameraFor, personBox, thingBox, toScreen } from './scene-camera.ts'
import { panCamera, zoomCamera } from './map-camera.ts'
import { worldBounds } from './draw-hall.ts'
import { longestWalk, stageActions, walkAlong } from './stage-actions.ts'
import { subjectBox, thingOf } from './subject-box.ts'
import { addHoverTargets } from './hover-targets.ts'
import { highlightRing } from './highlight.ts'

export type HallViewOptions = {
  locale: Locale
  reducedMotion: boolean
  /** How the canvas chooses its backing resolution (backing-resolution.ts). */
  resolution: { policy: ResolutionPolicy; current: number }
  onSelectWindow?: (window: number) => void
}

/** Frames drawn after the last motion ends, so its end state is on screen. */
const afterMotionFrames = 3
/** Drawn frames the resolution is judged over. */
const sampleFrames = 24
/**
 * The longest walk in the kiosk's all-day loop (s): the guide sets off, arrives and the hall holds
 * still with the words up, so most of each stop draws nothing (a longer walk is a faster one).
 */
const calmWalk = 1.5

/**
 * The animated hall on a Pixi application, driven by calls (showPlace, showRoute, setQueue...), never
 * by reading the journey itself. The still hall is one cached texture; a frame draws it and the few
 * moving things, and frames are drawn only while something moves. Words are DOM over the canvas.
 * State is on `element` as data attributes (data-guide-at="window:7", data-tweens="0"...) so tests
 * assert on state, never on pixels.
 */
export class HallView {
  readonly motion: HallMotion
  #hall: DrawnHall
  #queue: HallQueue
  // A render group: the camera moves it on the GPU, so panning does not re-transform every child on the CPU.
  #world = new Container({ label: 'world', isRenderGroup: true })
  #marks = new Container({ label: 'marks' })
  #people = new Container({ label: 'people', sortableChildren: true })
  #hits = new Container({ label: 'hits' })
  #guide: Figure = drawFigure('guide')
  #visitor: Figure = drawFigure('visitor')
  #labels: HallLabels
  #stops: StopMarkers
  #occluders: Occluders
  #bubble: HallNote
  #card: HallNote
  #camera: Camera = { x: 0, y: 0, scale: 1 }
  #seen = ''
  #focus: Rect
  #view: Viewport
  #locale: Locale
  #say: Text | undefined
  #subject: ReturnType<typeof thingOf> | undefined
  #route: Point[][] = []
  #state: Record<string, string> = {}
  /** Frames still to draw before the render loop rests; a still hall costs no CPU (kiosks run all day). */
  #framesLeft = 0
  #hidden = false
  #frameGaps: number[] = []
  #resolution: number
  #cacheRes = 0
  #calm = false

  constructor(private readonly app: Application, private readonly model: HallModel, private readonly element: HTMLElement, private readonly options: HallViewOptions) {
    this.#locale = options.locale
    this.#resolution = options.resolution.current
    this.#queue = hallQueue(model)
    this.#hall = drawHall(model, this.#queue)
    this.#focus = { x: 0, y: 0, w: model.size.w, h: model.size.h }
    this.#view = { width: app.screen.width, height: app.screen.height }
    this.#labels = new HallLabels(element, labelSpecs(model), options.locale)
    this.#stops = new StopMarkers(this.#labels.root)
    this.#bubble = new HallNote(this.#labels.root, 'bubble')
    this.#card = new HallNote(this.#labels.root, 'card')
    this.#place(this.#visitor, model.entrance)
    this.#place(this.#guide, { x: model.entrance.x + 70, y: model.entrance.y })
    this.#people.addChild(this.#visitor.root, this.#guide.root)
    this.#occluders = new Occluders(this.#people, this.#hall.props)
    this.#world.addChild(this.#hall.root, this.#marks, this.#people, this.#hits)
    app.stage.addChild(this.#world)
    addHoverTargets(model, this.#hits, {
      locale: () => this.#locale,
      show: (text, rect, tall) => this.#showCard(text, rect, tall),
      hide: () => this.#hideCard(),
      selectWindow: options.onSelectWindow,
    })
    // A timeline starting, ending or pausing needs only the frames that show where it left things.
    this.motion = new HallMotion(options.reducedMotion, () => {
      this.#report()
      this.#wake(afterMotionFrames)
    })
    this.#fitNotes()
    this.#jumpCamera()
    this.#recache()
    app.ticker.add(this.#tick)
    this.#set({ hall: 'ready', guideAt: 'entrance', visitorAt: 'entrance', place: '', cue: '', route: '', objects: String(this.#hall.objectCount), resolution: String(this.#resolution), ticker: app.ticker.started ? 'running' : 'stopped' })
  }

  /** Guide and visitor go to a scene step's place and the guide says the line; an unknown place is reported, not thrown. */
  showPlace(place: Place, say: Text, cue: string): { error: string } | undefined {
    const target = placeTarget(this.model, place)
    if (isPlaceError(target)) {
      this.#set({ place: 'unknown', error: target.error })
      return target
    }
    this.#reset()
    this.#say = say
    const thing = thingOf(this.model, target)
    this.#subject = thing
    this.#marks.addChild(highlightRing(thing.rect))
    const tl = this.motion.timeline()
    motionOf(cue)(stageActions(this.#parts(), tl, target, thing.rect))
    this.#set({ place: target.key, cue, route: '', routePoints: '', error: '' })
    this.motion.start(tl)
    return undefined
  }

  /** Draws the route through the windows in order along the aisles, numbered, and walks the visitor along it. */
  showRoute(windows: number[]): void {
    this.#reset()
    this.#say = undefined
    this.#subject = undefined
    const legs = routeThrough(this.model, windows)
    this.#route = legs
    const focus = routeFocus(legs)
    const scale = focus ? cameraFor(this.model, focus, this.#view).scale : this.#camera.scale
    this.#marks.addChild(drawRoute(legs, scale))
    this.#stops.set(routeStops(this.model, windows))
    const tl = this.motion.timeline()
    if (focus) this.#moveCamera(tl, focus, 0)
    this.#place(this.#visitor, this.model.entrance)
    let t = 0.3
    for (const leg of legs) t = walkAlong(tl, this.#visitor, leg, t) + 0.3
    this.#set({ place: 'route', cue: '', route: windows.join(','), routePoints: JSON.stringify(legs), visitorAt: 'entrance' })
    tl.call(() => this.#set({ visitorAt: windows.length ? `window:${windows.at(-1)}` : 'entrance' }), undefined, t)
    this.motion.start(tl)
  }

  /** Frames a place without moving anyone (from the DOM list of windows and facilities). */
  lookAt(place: Place): void {
    const target = placeTarget(this.model, place)
    if (isPlaceError(target)) return
    this.#marks.addChild(highlightRing(thingOf(this.model, target).rect))
    const tl = this.motion.timeline()
    this.#moveCamera(tl, target.focus, 0)
    this.motion.start(tl)
  }

  /** The live hall's queue: people waiting at windows, closed windows, the numbers on the call screens. */
  setQueue(report: QueueReport): void {
    const next = hallQueue(this.model, report)
    this.#labels.setQueue(next)
    if (!sameQueue(next, this.#queue)) {
      this.#queue = next
      const old = this.#hall.root
      this.#hall = drawHall(this.model, next)
      this.#world.addChildAt(this.#hall.root, 0)
      old.destroy({ children: true })
      this.#occluders.destroy()
      this.#occluders = new Occluders(this.#people, this.#hall.props)
      this.#cacheRes = 0
      this.#recache()
    }
    this.#seen = ''
    this.#wake()
  }

  setLocale(locale: Locale): void {
    this.#locale = locale
    this.#labels.setLocale(locale)
    this.#card.hide()
    this.#seen = ''
    this.#wake()
  }

  resize(width: number, height: number): void {
    this.#view = { width, height }
    this.#resolution = Math.min(this.#resolution, this.#ceiling())
    this.#set({ resolution: String(this.#resolution) })
    this.app.renderer.resize(width, height, this.#resolution)
    this.#fitNotes()
    this.#jumpCamera()
    this.#recache()
    this.#wake()
  }

  /**
   * The visitor's own look at the full-screen map: zoom by `factor` about a view point (the pinch's
   * middle; the view's middle without one). A walk's camera move stops; the next step frames again.
   */
  zoomBy(factor: number, about?: Point): void {
    this.#userCamera(zoomCamera(this.#camera, this.#view, worldBounds(this.model), factor, about))
  }

  /** Drags the map by view pixels (a finger or the arrow keys). */
  panBy(dx: number, dy: number): void {
    this.#userCamera(panCamera(this.#camera, this.#view, worldBounds(this.model), dx, dy))
  }

  #userCamera(next: Camera): void {
    this.motion.stopCamera(this.#camera)
    Object.assign(this.#camera, next)
    this.#applyCamera()
    this.#recache()
    this.#wake()
  }

  /**
   * The kiosk start screen's unattended loop (true) or a visitor's own steps (false). In the loop the
   * camera holds the whole hall and walks are short, so the hall stands still, drawing nothing, for
   * most of each stop, and a frame that is drawn moves no sign and samples the still layer at its
   * coarsest (on a software renderer frames cost CPU in proportion to what they touch).
   */
  setCalm(calm: boolean): void {
    if (calm === this.#calm) return
    this.#calm = calm
    this.#set({ calm: String(calm) })
    if (!calm) return
    this.motion.stopCamera(this.#camera)
    this.#focus = { x: 0, y: 0, w: this.model.size.w, h: this.model.size.h }
    this.#jumpCamera()
    this.#setResolution(Math.min(this.#resolution, this.#ceiling()))
    this.#recache()
    this.#wake()
  }

  /** The page went out of sight or came back: no drawing and no motion while hidden. */
  setHidden(hidden: boolean): void {
    this.#hidden = hidden
    this.motion.setHidden(hidden)
    if (hidden) {
      this.app.ticker.stop()
      this.#set({ ticker: 'stopped' })
    } else this.#wake()
  }

  destroy(): void {
    this.app.ticker.remove(this.#tick)
    this.motion.destroy()
    this.#labels.destroy()
  }

  #parts() {
    return {
      model: this.model,
      guide: this.#guide,
      visitor: this.#visitor,
      marks: this.#marks,
      longestWalk: this.#calm ? calmWalk : longestWalk,
      moveCamera: (tl: gsap.core.Timeline, focus: Rect, at: number) => this.#moveCamera(tl, focus, at),
      arrived: (who: 'guide' | 'visitor', key: string) => this.#set(who === 'guide' ? { guideAt: key } : { visitorAt: key }),
    }
  }

  #place(figure: Figure, at: Point): void {
    const p = project(at)
    figure.root.position.set(p.x, p.y)
  }

  #reset(): void {
    this.motion.interrupt()
    // The route is a container of shapes: without children: true its shapes and their GPU data would stay.
    for (const child of this.#marks.removeChildren()) child.destroy({ children: true })
    this.#stops.set([])
    this.#route = []
    for (const f of [this.#guide, this.#visitor]) {
      f.body.y = 0
      f.legs.forEach((l) => (l.y = 0))
    }
    this.#guide.arm.rotation = 0
    this.#seen = ''
  }

  #moveCamera(tl: gsap.core.Timeline, focus: Rect, at: number): number {
    if (this.#calm) return at
    this.#focus = focus
    const to = cameraFor(this.model, focus, this.#view)
    tl.to(this.#camera, { ...to, duration: 1.1, ease: 'power2.inOut', onUpdate: () => this.#applyCamera(), onComplete: () => this.#recache() }, at)
    return at + 1.1
  }

  #jumpCamera(): void {
    Object.assign(this.#camera, cameraFor(this.model, this.#focus, this.#view))
    this.#applyCamera()
  }

  #applyCamera(): void {
    const o = toScreen(this.#camera, this.#view, { x: 0, y: 0 })
    this.#world.scale.set(this.#camera.scale)
    this.#world.position.set(o.x, o.y)
    this.#set({ zoom: this.#camera.scale.toFixed(3), cameraAt: `${Math.round(this.#camera.x)},${Math.round(this.#camera.y)}` })
  }

  /** Re-renders the still layer only when the zoom or backing resolution has moved well away from it (recacheTo). */
  #recache(): void {
    const res = recacheTo(this.#cacheRes, cacheResolution(this.#camera.scale, this.#resolution))
    if (res === this.#cacheRes) return
    this.#cacheRes = res
    this.#hall.root.cacheAsTexture({ resolution: res, antialias: false })
    this.#set({ cacheResolution: String(res) })
    this.#wake()
  }

  #fitNotes(): void {
    this.#bubble.fitTo(this.#view.width)
    this.#card.fitTo(this.#view.width)
  }

  #tick = (): void => {
    const moving = this.motion.running > 0
    this.#guide.root.zIndex = this.#guide.root.y
    this.#visitor.root.zIndex = this.#visitor.root.y + 0.5
    this.#occluders.update([this.#guide.root, this.#visitor.root])
    this.#layoutWords()
    this.#report()
    if (moving) {
      this.#framesLeft = afterMotionFrames
      this.#judgeFrame()
    } else if (--this.#framesLeft <= 0) {
      this.app.ticker.stop()
      this.#set({ ticker: 'stopped' })
    }
  }

  // Labels move only when the camera did; the bubble follows the guide.
  #layoutWords(): void {
    const cam = this.#camera
    const seen = `${cam.x.toFixed(1)},${cam.y.toFixed(1)},${cam.scale.toFixed(4)},${this.#view.width},${this.#view.height}`
    const at = (p: Point) => toScreen(cam, this.#view, p)
    let signs: Map<string, Rect> | undefined
    if (seen !== this.#seen) {
      this.#seen = seen
      const thing = this.#subject && this.#subject.tall > 0 ? thingBox(cam, this.#view, this.#subject.rect, this.#subject.tall) : undefined
      const windows = new Set(this.#stops.windows)
      const stops = this.#stops.layout(at, this.#view, this.#labels.windowSigns(at, windows))
      signs = this.#labels.layout(at, this.#view, this.#subject?.key ?? '', thing, { stops, windows })
      this.#signBox = this.#subject ? signs.get(this.#subject.key) : undefined
    }
    if (!this.#say || !this.#subject) {
      this.#bubble.hide()
      return
    }
    this.#bubble.show(this.#say[this.#locale])
    const guide = personBox(cam, this.#view, { x: this.#guide.root.x, y: this.#guide.root.y / floorDepth })
    const middle = at(project({ x: this.#subject.rect.x + this.#subject.rect.w / 2, y: this.#subject.rect.y + this.#subject.rect.h / 2 }))
    const subject = subjectBox(cam, this.#view, this.#subject, this.#signBox, middle)
    const placed = this.#bubble.placeBeside(guide, subject, this.#view)
    this.#set({ bubble: rectText(placed), subject: rectText(subject), guideBox: rectText(guide) })
  }

  #signBox: Rect | undefined

  // Dynamic resolution: judge the drawn frames' pace while something moves.
  #judgeFrame(): void {
    this.#frameGaps.push(this.app.ticker.deltaMS)
    if (this.#frameGaps.length < sampleFrames) return
    const sorted = this.#frameGaps.sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)]!
    this.#frameGaps = []
    const cap = this.app.ticker.maxFPS > 0 ? 1000 / this.app.ticker.maxFPS : 0
    this.#setResolution(adaptResolution(this.options.resolution.policy, this.#resolution, median, Math.max(cap, 20), this.#ceiling()))
  }

  #ceiling(): number {
    const pace = { capped: this.app.ticker.maxFPS > 0, calm: this.#calm }
    return resolutionCeiling(this.options.resolution.policy, this.#view.width, this.#view.height, pace)
  }

  #setResolution(next: number): void {
    if (next === this.#resolution) return
    this.#resolution = next
    this.app.renderer.resize(this.#view.width, this.#view.height, next)
    this.#set({ resolution: String(next) })
    this.#recache()
  }

  /** Draws at least `frames` more frames (more after a change of size, language or queue, while textures reach the GPU). */
  #wake(frames = 10): void {
    this.#framesLeft = Math.max(this.#framesLeft, frames)
    if (!this.#hidden && !this.app.ticker.started) {
      this.app.ticker.start()
      this.#set({ ticker: 'running' })
    }
  }

  #showCard(text: string, rect: Rect, tall: number): void {
    this.#wake()
    this.#card.show(text)
    this.#card.placeOver(thingBox(this.#camera, this.#view, rect, tall), this.#view)
  }

  #hideCard(): void {
    this.#card.hide()
  }

  #report(): void {
    if (!this.motion) return
    this.#set({ tweens: String(this.motion.running), reducedMotion: String(this.motion.reduced), paused: String(this.motion.paused) })
  }

  #set(values: Record<string, string>): void {
    for (const [key, value] of Object.entries(values)) {
      if (this.#state[key] === value) continue
      this.#state[key] = value
      this.element.dataset[key] = value
    }
  }
}

function rectText(r: Rect): string {
  return [r.x, r.y, r.w, r.h].map((n) => Math.round(n)).join(',')
}
