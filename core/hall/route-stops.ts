import type { Point, Rect } from '../content/hall-layout.ts'
import { inflate, union } from './geometry.ts'
import type { HallModel } from './hall-model.ts'

/**
 * One stop marker of the outcome route: a window of the visit, the places it takes in the order (a
 * window the route comes back to is one marker, "2·4"), where the visitor stands at it, and the plan
 * direction from the counter into the aisle in front of it, where the marker goes (not beside the
 * window's own number sign).
 */
export type RouteStop = { window: number; orders: number[]; spot: Point; aisle: Point }

const aisleOf = { south: { x: 0, y: 1 }, north: { x: 0, y: -1 }, west: { x: -1, y: 0 }, east: { x: 1, y: 0 } } as const

/** The route's stops in order of first visit, one per window; a window missing from the layout has none (the list still names it). */
export function routeStops(model: HallModel, windows: number[]): RouteStop[] {
  const stops = new Map<number, RouteStop>()
  windows.forEach((number, i) => {
    const seen = stops.get(number)
    if (seen) return void seen.orders.push(i + 1)
    const w = model.windows.find((x) => x.number === number)
    if (w) stops.set(number, { window: number, orders: [i + 1], spot: w.spot, aisle: aisleOf[w.facing] })
  })
  return [...stops.values()]
}

/** The plan rectangle the camera frames for a route: every point of it with 2.5 m of floor around. */
export function routeFocus(legs: Point[][]): Rect | undefined {
  const points = legs.flat()
  return points.length > 0 ? inflate(union(points.map((p) => ({ ...p, w: 1, h: 1 }))), 250) : undefined
}
