import type { Point } from '../content/hall-layout.ts'
import { findPath } from './find-path.ts'
import type { HallModel } from './hall-model.ts'

/**
 * The walk for an outcome: from the entrance to each window's standing spot in the given order, one
 * leg per window (legs[i] ends at windows[i]). A window missing from the layout gives an empty leg, so
 * leg numbers still match the list.
 */
export function routeThrough(model: HallModel, windows: number[]): Point[][] {
  let here = model.entrance
  return windows.map((number) => {
    const w = model.windows.find((x) => x.number === number)
    if (!w) return []
    const leg = findPath(model, here, w.spot)
    if (leg.length > 0) here = w.spot
    return leg
  })
}
