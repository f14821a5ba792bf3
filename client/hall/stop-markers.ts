import type { Point, Rect } from '../../core/content/hall-layout.ts'
import { centreOf } from '../../core/hall/geometry.ts'
import type { RouteStop } from '../../core/hall/route-stops.ts'
import { placeStops } from './place-stops.ts'
import { project } from './projection.ts'

type Marker = { stop: RouteStop; badge: HTMLElement; stem: HTMLElement; size: { w: number; h: number } }

/**
 * The outcome route's stops as DOM over the canvas, in the route's colour and shape, never a window's:
 * a dot on the floor where the visitor stands, a stem out into the aisle and a round badge with the
 * stop's place in the order ("1", or "2·4" for a window visited twice). Laid out by placeStops so no
 * badge covers another or a window's number sign. The page's list names the order in words.
 */
export class StopMarkers {
  #markers: Marker[] = []

  constructor(private readonly root: HTMLElement) {}

  set(stops: RouteStop[]): void {
    for (const m of this.#markers) {
      m.badge.remove()
      m.stem.remove()
    }
    this.#markers = stops.map((stop) => {
      const stem = element('hw-stop-stem')
      const badge = element('hw-stop', stop.orders.join('·'))
      badge.dataset.window = String(stop.window)
      this.root.append(stem, badge)
      return { stop, badge, stem, size: { w: 0, h: 0 } }
    })
    // One read of the badges' sizes per route, never per frame.
    for (const m of this.#markers) m.size = { w: m.badge.offsetWidth, h: m.badge.offsetHeight }
  }

  /** Places the markers for the camera (`toScreen`: world point to view pixels), clear of `signs`; returns the badges' boxes. */
  layout(toScreen: (p: Point) => Point, view: { width: number; height: number }, signs: Rect[]): Rect[] {
    if (this.#markers.length === 0) return []
    const at = this.#markers.map((m) => toScreen(project(m.stop.spot)))
    const boxes = placeStops(
      this.#markers.map((m, i) => ({ at: at[i]!, aisle: m.stop.aisle, size: m.size })),
      signs,
      view,
    )
    this.#markers.forEach((m, i) => {
      const from = at[i]!
      const box = boxes[i]!
      const to = centreOf(box)
      m.badge.style.transform = `translate(${Math.round(box.x)}px, ${Math.round(box.y)}px)`
      m.stem.style.width = `${Math.round(Math.hypot(to.x - from.x, to.y - from.y))}px`
      m.stem.style.transform = `translate(${Math.round(from.x)}px, ${Math.round(from.y)}px) rotate(${Math.atan2(to.y - from.y, to.x - from.x)}rad)`
    })
    return boxes
  }

  /** The windows whose stops are shown, as the label layer keys them. */
  get windows(): string[] {
    return this.#markers.map((m) => `window:${m.stop.window}`)
  }
}

function element(className: string, text?: string): HTMLElement {
  const el = document.createElement('div')
  el.className = className
  if (text !== undefined) el.textContent = text
  return el
}
