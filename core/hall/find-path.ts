import type { Point } from '../content/hall-layout.ts'
import { segmentCrosses } from './geometry.ts'
import type { HallModel } from './hall-model.ts'
import { cellCentre, isFree, nearestFreeCell, walkGrid, type WalkGrid } from './walk-grid.ts'

/**
 * A walking route across the hall from `from` to `to`: A* over the half-metre grid (obstacles grown by
 * a body's radius), then straightened wherever a straight line stays clear. A point that stands inside
 * an obstacle is moved to the nearest free spot. Returns [] when no route exists (a walled-off area).
 */
export function findPath(model: HallModel, from: Point, to: Point): Point[] {
  const grid = walkGrid(model)
  const start = nearestFreeCell(grid, from)
  const goal = nearestFreeCell(grid, to)
  if (start === undefined || goal === undefined) return []
  const cells = aStar(grid, start, goal)
  if (!cells) return []
  const first = isFree(grid, from) ? from : cellCentre(grid, start)
  const last = isFree(grid, to) ? to : cellCentre(grid, goal)
  const points = [first, ...cells.slice(1, -1).map((c) => cellCentre(grid, c)), last]
  return straighten(grid, points)
}

/** Whether a body can walk straight from a to b without touching any (inflated) obstacle. */
export function clearLine(grid: Pick<WalkGrid, 'keepOut' | 'bounds'>, a: Point, b: Point): boolean {
  return isFree(grid, a) && isFree(grid, b) && !grid.keepOut.some((r) => segmentCrosses(a, b, r))
}

// Greedy string pulling: from each kept point, jump to the farthest point still in plain sight.
function straighten(grid: WalkGrid, points: Point[]): Point[] {
  const kept = [points[0]!]
  let i = 0
  while (i < points.length - 1) {
    let j = points.length - 1
    while (j > i + 1 && !clearLine(grid, points[i]!, points[j]!)) j--
    kept.push(points[j]!)
    i = j
  }
  return dropRepeats(kept)
}

function dropRepeats(points: Point[]): Point[] {
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y)
}

const moves: [number, number, number][] = [
  [1, 0, 1], [-1, 0, 1], [0, 1, 1], [0, -1, 1],
  [1, 1, Math.SQRT2], [1, -1, Math.SQRT2], [-1, 1, Math.SQRT2], [-1, -1, Math.SQRT2],
]

function aStar(grid: WalkGrid, start: number, goal: number): number[] | undefined {
  const { cols, rows, blocked } = grid
  const cost = new Float64Array(cols * rows).fill(Infinity)
  const came = new Int32Array(cols * rows).fill(-1)
  const open = new MinHeap()
  cost[start] = 0
  open.push(start, octile(grid, start, goal))
  while (open.size > 0) {
    const cell = open.pop()
    if (cell === goal) return trace(came, goal)
    const col = cell % cols
    const row = (cell - col) / cols
    for (const [dc, dr, step] of moves) {
      const c = col + dc
      const r = row + dr
      if (c < 0 || r < 0 || c >= cols || r >= rows || blocked[c + r * cols]) continue
      // No cutting corners: a diagonal step needs both side cells free.
      if (dc !== 0 && dr !== 0 && (blocked[c + row * cols] || blocked[col + r * cols])) continue
      const next = c + r * cols
      const tentative = cost[cell]! + step
      if (tentative >= cost[next]!) continue
      cost[next] = tentative
      came[next] = cell
      open.push(next, tentative + octile(grid, next, goal))
    }
  }
  return undefined
}

function octile(grid: WalkGrid, a: number, b: number): number {
  const dx = Math.abs((a % grid.cols) - (b % grid.cols))
  const dy = Math.abs(Math.floor(a / grid.cols) - Math.floor(b / grid.cols))
  return Math.max(dx, dy) + (Math.SQRT2 - 1) * Math.min(dx, dy)
}

function trace(came: Int32Array, goal: number): number[] {
  const cells = [goal]
  for (let c = came[goal]!; c !== -1; c = came[c]!) cells.push(c)
  return cells.reverse()
}

/** A binary min-heap of cells by priority; stale entries are skipped by the cost check above. */
class MinHeap {
  #items: number[] = []
  #keys: number[] = []
  get size(): number {
    return this.#items.length
  }
  push(item: number, key: number): void {
    this.#items.push(item)
    this.#keys.push(key)
    let i = this.#items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.#keys[parent]! <= key) break
      this.#swap(i, parent)
      i = parent
    }
  }
  pop(): number {
    const top = this.#items[0]!
    const lastItem = this.#items.pop()!
    const lastKey = this.#keys.pop()!
    if (this.#items.length > 0) {
      this.#items[0] = lastItem
      this.#keys[0] = lastKey
      this.#sinkFrom(0)
    }
    return top
  }
  #sinkFrom(i: number): void {
    const n = this.#items.length
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < n && this.#keys[l]! < this.#keys[m]!) m = l
      if (r < n && this.#keys[r]! < this.#keys[m]!) m = r
      if (m === i) return
      this.#swap(i, m)
      i = m
    }
  }
  #swap(a: number, b: number): void {
    ;[this.#items[a], this.#items[b]] = [this.#items[b]!, this.#items[a]!]
    ;[this.#keys[a], this.#keys[b]] = [this.#keys[b]!, this.#keys[a]!]
  }
}
