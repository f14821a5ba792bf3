import type { Point, Rect } from '../../core/content/hall-layout.ts'
import { centreOf, inflate, segmentCrosses } from '../../core/hall/geometry.ts'
import { overlap } from './place-bubble.ts'

/** A stop marker to place on screen: the point on the floor it belongs to, the screen direction of the aisle there, and its size. */
export type StopToPlace = { at: Point; aisle: Point; size: { w: number; h: number } }

/** Screen pixels between a marker and its point, between markers, and kept free at the view's edges. */
const gap = 6
const between = 3
const edge = 2
/** Half the size of the dot a marker stands on: no other marker may cover it. */
const dot = 5
/** How many rows out into the aisle, and how far sideways (in marker widths), a marker may go. */
const rows = 6
const sideways = [0, 0.6, -0.6, 1.2, -1.2]

/**
 * Where each stop marker of the outcome route goes on screen, in the route's order: out in the aisle
 * in front of its window, clear of every rectangle in `avoid` (the windows' number signs), of the
 * markers placed before it and of the other stops' dots, and inside the view. When stops crowd (windows
 * side by side), a marker steps further out into the aisle, a row at a time, rather than sideways in
 * front of a neighbouring window; its stem (from its dot to it) passes no other marker. A marker
 * that finds no free place takes the candidate that covers least.
 */
export function placeStops(stops: StopToPlace[], avoid: Rect[], view: { width: number; height: number }): Rect[] {
  const placed: Rect[] = []
  const stems: [Point, Point][] = []
  stops.forEach((stop, i) => {
    const candidates = candidatesFor(stop)
    const dots = stops.filter((_, j) => j !== i).map((s) => ({ x: s.at.x - dot, y: s.at.y - dot, w: 2 * dot, h: 2 * dot }))
    const cost = (c: Rect): number => {
      const box = inflate(c, between)
      const stem: [Point, Point] = [stop.at, centreOf(c)]
      return (
        avoid.reduce((n, r) => n + overlap(c, r), 0) +
        placed.reduce((n, r) => n + overlap(box, r), 0) +
        dots.reduce((n, r) => n + overlap(c, r), 0) +
        c.w * c.h - overlap(c, { x: edge, y: edge, w: view.width - 2 * edge, h: view.height - 2 * edge }) +
        (placed.some((r) => segmentCrosses(stem[0], stem[1], r)) || stems.some(([a, b]) => segmentCrosses(a, b, c)) ? 1 : 0)
      )
    }
    // (Within a rounding error: areas of fractional rectangles do not cancel exactly.)
    const best = candidates.find((c) => cost(c) < 1e-6) ?? candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a))
    placed.push(best)
    stems.push([stop.at, centreOf(best)])
  })
  return placed
}

/**
 * Places in front of the stop, nearest first: straight out, then a little to either side (down before
 * up, as signs hang above what they name), a row further out each time.
 */
function candidatesFor({ at, aisle, size }: StopToPlace): Rect[] {
  const across = aisle.y !== 0 ? { x: 1, y: 0 } : { x: 0, y: 1 }
  const depth = Math.abs(aisle.x) * size.w + Math.abs(aisle.y) * size.h
  const width = Math.abs(across.x) * size.w + Math.abs(across.y) * size.h
  const out: { rect: Rect; cost: number }[] = []
  for (let row = 0; row < rows; row++) {
    for (const side of sideways) {
      const d = gap + depth / 2 + row * (depth + between)
      const s = side * width
      const c = { x: at.x + aisle.x * d + across.x * s, y: at.y + aisle.y * d + across.y * s }
      out.push({ rect: { x: c.x - size.w / 2, y: c.y - size.h / 2, w: size.w, h: size.h }, cost: row + Math.abs(side) * 2.5 })
    }
  }
  return out.sort((a, b) => a.cost - b.cost).map((c) => c.rect)
}
