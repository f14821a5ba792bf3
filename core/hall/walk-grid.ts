import type { Point, Rect } from '../content/hall-layout.ts'
import { contains, inflate } from './geometry.ts'
import type { HallModel } from './hall-model.ts'

/** Grid cell size (cm): half a metre, about one step. */
export const cellSize = 50
/** Half a body's width (cm): obstacles grow by this much so paths keep a person clear of them. */
export const bodyRadius = 25

/** The floor as a grid of cells, each free or blocked, plus the inflated obstacles it was made from. */
export type WalkGrid = {
  cols: number
  rows: number
  size: number
  blocked: Uint8Array
  /** Obstacles grown by the body radius, and the walls' inner band: what a body's centre may not enter. */
  keepOut: Rect[]
  bounds: Rect
}

const grids = new WeakMap<HallModel, WalkGrid>()

/** The walkable grid of a hall model, built once per model. */
export function walkGrid(model: HallModel): WalkGrid {
  let grid = grids.get(model)
  if (!grid) {
    grid = buildWalkGrid(model)
    grids.set(model, grid)
  }
  return grid
}

function buildWalkGrid(model: HallModel): WalkGrid {
  const cols = Math.ceil(model.size.w / cellSize)
  const rows = Math.ceil(model.size.h / cellSize)
  const keepOut = model.obstacles.map((o) => inflate(o.rect, bodyRadius))
  const bounds = { x: bodyRadius, y: bodyRadius, w: model.size.w - 2 * bodyRadius, h: model.size.h - 2 * bodyRadius }
  const blocked = new Uint8Array(cols * rows)
  const grid = { cols, rows, size: cellSize, blocked, keepOut, bounds }
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      if (!isFree(grid, cellCentre(grid, col + row * cols))) blocked[col + row * cols] = 1
    }
  }
  return grid
}

/** Whether a body centred on `p` fits: inside the walls and clear of every inflated obstacle. */
export function isFree(grid: Pick<WalkGrid, 'keepOut' | 'bounds'>, p: Point): boolean {
  const b = grid.bounds
  if (p.x < b.x || p.y < b.y || p.x > b.x + b.w || p.y > b.y + b.h) return false
  return !grid.keepOut.some((r) => contains(r, p))
}

export function cellOf(grid: WalkGrid, p: Point): number {
  const col = Math.min(grid.cols - 1, Math.max(0, Math.floor(p.x / grid.size)))
  const row = Math.min(grid.rows - 1, Math.max(0, Math.floor(p.y / grid.size)))
  return col + row * grid.cols
}

export function cellCentre(grid: Pick<WalkGrid, 'cols' | 'size'>, cell: number): Point {
  const col = cell % grid.cols
  const row = Math.floor(cell / grid.cols)
  return { x: (col + 0.5) * grid.size, y: (row + 0.5) * grid.size }
}

/** The free cell nearest to `p` (by rings around it), or undefined when the whole floor is blocked. */
export function nearestFreeCell(grid: WalkGrid, p: Point): number | undefined {
  const start = cellOf(grid, p)
  if (!grid.blocked[start]) return start
  const col0 = start % grid.cols
  const row0 = Math.floor(start / grid.cols)
  const maxRing = Math.max(grid.cols, grid.rows)
  for (let ring = 1; ring < maxRing; ring++) {
    let best: number | undefined
    let bestDistance = Infinity
    for (let row = row0 - ring; row <= row0 + ring; row++) {
      for (let col = col0 - ring; col <= col0 + ring; col++) {
        if (Math.max(Math.abs(row - row0), Math.abs(col - col0)) !== ring) continue
        if (row < 0 || col < 0 || row >= grid.rows || col >= grid.cols) continue
        const cell = col + row * grid.cols
        if (grid.blocked[cell]) continue
        const c = cellCentre(grid, cell)
        const d = Math.hypot(c.x - p.x, c.y - p.y)
        if (d < bestDistance) [best, bestDistance] = [cell, d]
      }
    }
    if (best !== undefined) return best
  }
  return undefined
}
