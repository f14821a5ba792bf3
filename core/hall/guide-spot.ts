import type { Point } from '../content/hall-layout.ts'
import type { HallModel } from './hall-model.ts'
import { isFree, walkGrid } from './walk-grid.ts'

/** How far beside the visitor the guide stands (cm): a step, so the two never overlap. */
export const besideGap = 70

/** Where the guide stands for a place: a step beside the visitor's spot, on the first clear side (right, left, behind, ahead). */
export function guideSpot(model: HallModel, visitorSpot: Point): Point {
  const grid = walkGrid(model)
  const p = visitorSpot
  const options = [
    { x: p.x + besideGap, y: p.y },
    { x: p.x - besideGap, y: p.y },
    { x: p.x, y: p.y + besideGap },
    { x: p.x, y: p.y - besideGap },
  ]
  return options.find((o) => isFree(grid, o)) ?? p
}
