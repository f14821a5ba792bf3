import { Container, Graphics, type Application, type FederatedPointerEvent } from 'pixi.js'
import type { Point, Rect } from '../../core/content/hall-layout.ts'
import type { Locale, Text } from '../../core/content/text.ts'
import { inflate, union } from '../../core/hall/geometry.ts'
import type { HallModel } from '../../core/hall/hall-model.ts'
import { isPlaceError, placeTarget, type PlaceTarget } from '../../core/hall/place-target.ts'
import { routeThrough } from '../../core/hall/route-through.ts'
import type { Place } from '../../core/scenes/script.ts'
import { frameRect, worldOffset, type Camera, type Viewport } from './camera.ts'
import { motionOf } from './cue-motions.ts'
import { drawHall, type DrawnHall } from './draw-hall.ts'
import { drawFigure, type Figure } from './figures.ts'
import { HallMotion } from './hall-motion.ts'
import { drawRoute } from './draw-route.ts'
import { ScreenNote } from './screen-notes.ts'
import { stageActions, walkAlong } from './stage-actions.ts'
import { windowCardText } from './window-card.ts'
import { i18n } from '../app/i18n.svelte.ts'
import { palette } from './palette.ts'

export type HallViewOptions = {
  locale: Locale
  reducedMotion: boolean
  onSelectWindow?: (window: number) => void
}

/**
 * The animated hall on a Pixi application: the drawn layout, the guide and the visitor, a camera.
 * It reports its logical state on `element` as data attributes (data-guide-at="window:7",
 * data-tweens="0"...) so tests assert on state, never on pixels. It reads nothing from the DOM.
 */
export class HallView {
  readonly motion: HallMotion
  #hall: DrawnHall
  // A render group: the camera moves it on the GPU, so panning does not re-transform every child on the CPU.
  #world = new Container({ label: 'world', isRenderGroup: true })
  #marks = new Container({ label: 'marks' })
  #overlay = new Container({ label: 'overlay' })
  #guide: Figure = drawFigure('guide')
  #visitor: Figure = drawFigure('visitor')
  #bubble = new ScreenNote(300, true)
  #card = new ScreenNote(280, false)
  #camera: Camera = { x: 0, y: 0, scale: 1 }
  #focus: Rect
  #view: Viewport
  #locale: Locale
  #say: Text | undefined
  #state: Record<string, string> = {}
  /** Frames still to draw before the render loop rests; a still hall costs no CPU (kiosks run all day). */
  #framesLeft = 0
  #hidden = false

  constructor(private readonly app: Application, private readonly model: HallModel, private readonly element: HTMLElement, private readonly options: HallViewOptions) {
    this.#locale = options.locale
    this.#hall = drawHall(model)
    this.#focus = { x: 0, y: 0, w: model.size.w, h: model.size.h }
    this.#view = { width: app.screen.width, height: app.screen.height }
    for (const figure of [this.#visitor, this.#guide]) figure.root.position.set(model.entrance.x, model.entrance.y)
    this.#guide.root.x += 70
    this.#world.addChild(this.#hall.root, this.#marks, this.#visitor.root, this.#guide.root)
    this.#overlay.addChild(this.#bubble.root, this.#card.root)
    this.#bubble.fitTo(this.#view.width)
    this.#card.fitTo(this.#view.width)
    app.stage.addChild(this.#world, this.#overlay)
    this.#listen()
    this.motion = new HallMotion(options.reducedMotion, () => {
      this.#report()
      this.#wake()
    })
    this.#jumpCamera()
    app.ticker.add(this.#tick)
    this.#set({ hall: 'ready', guideAt: 'entrance', visitorAt: 'entrance', place: '', cue: '', route: '', objects: String(this.#hall.objectCount) })
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
    this.#highlight(this.#thingAt(target))
    const tl = this.motion.timeline()
    motionOf(cue)(stageActions(this.#parts(), tl, target, this.#thingAt(target)))
    this.#set({ place: target.key, cue, route: '', error: '' })
    this.motion.start(tl)
    return undefined
  }

  /** Draws the route through the windows in order, numbered, and walks the visitor along it. */
  showRoute(windows: number[]): void {
    this.#reset()
    this.#say = undefined
    const legs = routeThrough(this.model, windows)
    const spots = windows.map((n) => this.model.windows.find((w) => w.number === n)?.spot)
    this.#marks.addChild(drawRoute(legs, spots))
    const points = legs.flat()
    const tl = this.motion.timeline()
    if (points.length > 0) this.#moveCamera(tl, inflate(union(points.map((p) => ({ ...p, w: 1, h: 1 }))), 250), 0)
    this.#visitor.root.position.set(this.model.entrance.x, this.model.entrance.y)
    let t = 0.3
    for (const leg of legs) t = walkAlong(tl, this.#visitor, leg, t) + 0.3
    this.#set({ place: 'route', cue: '', route: windows.join(','), visitorAt: 'entrance' })
    tl.call(() => this.#set({ visitorAt: windows.length ? `window:${windows.at(-1)}` : 'entrance' }), undefined, t)
    this.motion.start(tl)
  }

  /** Frames a place without moving anyone (from the DOM list of windows and facilities). */
  lookAt(place: Place): void {
    const target = placeTarget(this.model, place)
    if (isPlaceError(target)) return
    this.#highlight(this.#thingAt(target))
    const tl = this.motion.timeline()
    this.#moveCamera(tl, target.focus, 0)
    this.motion.start(tl)
  }

  setLocale(locale: Locale): void {
    this.#locale = locale
    this.#card.hide()
    this.#wake()
  }

  resize(width: number, height: number): void {
    this.app.renderer.resize(width, height)
    this.#view = { width, height }
    this.#bubble.fitTo(width)
    this.#card.fitTo(width)
    this.#jumpCamera()
    this.#wake()
  }

  /** The page went out of sight or came back: no drawing and no motion while hidden. */
  setHidden(hidden: boolean): void {
    this.#hidden = hidden
    this.motion.setHidden(hidden)
    if (hidden) this.app.ticker.stop()
    else this.#wake()
  }

  destroy(): void {
    this.app.ticker.remove(this.#tick)
    this.motion.destroy()
  }

  #parts() {
    return {
      model: this.model,
      guide: this.#guide,
      visitor: this.#visitor,
      marks: this.#marks,
      moveCamera: (tl: gsap.core.Timeline, focus: Rect, at: number) => this.#moveCamera(tl, focus, at),
      arrived: (who: 'guide' | 'visitor', key: string) => this.#set(who === 'guide' ? { guideAt: key } : { visitorAt: key }),
    }
  }

  #reset(): void {
    this.motion.interrupt()
    for (const child of this.#marks.removeChildren()) child.destroy()
    this.#guide.arm.rotation = 0
    this.#guide.body.y = 0
    this.#visitor.body.y = 0
  }

  #thingAt(target: PlaceTarget): Rect {
    const [kind, id] = target.key.split(':')
    if (kind === 'window') return this.model.windows.find((w) => String(w.number) === id)!.counter
    if (kind === 'zone') return this.model.zones.find((z) => z.id === id)!.rect
    return this.model.facilities.find((f) => f.id === id)!.rect
  }

  #highlight(rect: Rect): void {
    const ring = new Graphics().roundRect(rect.x - 14, rect.y - 14, rect.w + 28, rect.h + 28, 14).stroke({ width: 10, color: palette.highlight })
    this.#marks.addChild(ring)
  }

  #moveCamera(tl: gsap.core.Timeline, focus: Rect, at: number): number {
    this.#focus = focus
    const to = frameRect(focus, this.model.size, this.#view)
    tl.to(this.#camera, { ...to, duration: 1.1, ease: 'power2.inOut', onUpdate: () => this.#applyCamera() }, at)
    return at + 1.1
  }

  #jumpCamera(): void {
    Object.assign(this.#camera, frameRect(this.#focus, this.model.size, this.#view))
    this.#applyCamera()
  }

  #applyCamera(): void {
    const offset = worldOffset(this.#camera, this.#view)
    this.#world.scale.set(this.#camera.scale)
    this.#world.position.set(offset.x, offset.y)
  }

  #toScreen(p: Point): Point {
    return { x: this.#world.x + p.x * this.#camera.scale, y: this.#world.y + p.y * this.#camera.scale }
  }

  #tick = (): void => {
    if (this.#say) {
      this.#bubble.show(this.#say[this.#locale])
      const head = this.#toScreen({ x: this.#guide.root.x, y: this.#guide.root.y - 80 })
      this.#bubble.placeAt(head.x, head.y, this.#view)
    } else this.#bubble.hide()
    this.#report()
    if (this.motion.running > 0) this.#framesLeft = 3
    else if (--this.#framesLeft <= 0) this.app.ticker.stop()
  }

  #wake(): void {
    this.#framesLeft = Math.max(this.#framesLeft, 10)
    if (!this.#hidden && !this.app.ticker.started) this.app.ticker.start()
  }

  #listen(): void {
    for (const [number, box] of this.#hall.windows) {
      const w = this.model.windows.find((x) => x.number === number)!
      const show = () => this.#showCard(windowCardText(w, this.#locale, i18n.words), w.counter)
      box.on('pointerover', show)
      box.on('pointerout', () => this.#hideCard())
      box.on('pointertap', (e: FederatedPointerEvent) => {
        e.stopPropagation()
        show()
        this.options.onSelectWindow?.(number)
      })
    }
    for (const [id, box] of this.#hall.facilities) {
      const f = this.model.facilities.find((x) => x.id === id)!
      box.on('pointerover', () => this.#showCard(f.name[this.#locale], f.rect))
      box.on('pointerout', () => this.#hideCard())
    }
  }

  #showCard(text: string, rect: Rect): void {
    this.#wake()
    this.#card.show(text)
    const p = this.#toScreen({ x: rect.x + rect.w / 2, y: rect.y })
    this.#card.placeAt(p.x, p.y, this.#view)
  }

  #hideCard(): void {
    this.#card.hide()
    this.#wake()
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
