import type { Point, Rect } from '../content/hall-layout.ts'
import type { HallModel, ModelZone } from './hall-model.ts'
import { cellCentre, walkGrid } from './walk-grid.ts'

/** Clearance (cm) beyond which a spot is as good as any other for a zone's sign: then the nearest to the centre wins. */
const enough = 250

/**
 * Where a zone's hanging sign goes: the open floor of the zone farthest from its counters, furniture
 * and the spots where visitors stand (so the sign never sits on a person being served), the zone's
 * centre breaking ties. Derived from the layout: moving a counter moves the sign.
 */
export function zoneSignAnchor(model: HallModel, zone: ModelZone): Point {
  const grid = walkGrid(model)
  const things: Rect[] = [...model.obstacles.map((o) => o.rect), ...model.windows.map((w) => ({ x: w.spot.x, y: w.spot.y, w: 1, h: 1 }))]
  let best = zone.centre
  let bestScore = -1
  let bestToCentre = Infinity
  for (let cell = 0; cell < grid.blocked.length; cell++) {
    if (grid.blocked[cell]) continue
    const p = cellCentre(grid, cell)
    if (!inside(zone.rect, p)) continue
    const score = Math.min(enough, ...things.map((r) => gap(r, p)))
    const toCentre = Math.hypot(p.x - zone.centre.x, p.y - zone.centre.y)
    if (score > bestScore || (score === bestScore && toCentre < bestToCentre)) [best, bestScore, bestToCentre] = [p, score, toCentre]
  }
  return best
}

function inside(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h
}

/** Distance from a point to a rectangle (0 inside it). */
function gap(r: Rect, p: Point): number {
  const dx = Math.max(r.x - p.x, 0, p.x - (r.x + r.w))
  const dy = Math.max(r.y - p.y, 0, p.y - (r.y + r.h))
  return Math.hypot(dx, dy)
}
