import type { Point } from '../content/hall-layout.ts'
import { segmentCrosses } from './geometry.ts'
import type { HallModel } from './hall-model.ts'
import { cellCentre, isFree, nearestFreeCell, walkGrid, type WalkGrid } from './walk-grid.ts'

/** What a turn costs, in cells walked: people keep to an aisle rather than zig-zag across the floor. */
export const turnCost = 3
/** The extra cost of a cell beside a counter, seat or wall: routes keep to the middle of an aisle. */
export const hugCost = 0.6

/**
 * A walking route across the hall from `from` to `to`, along the aisles: A* over the half-metre grid
 * (obstacles grown by a body's radius) with moves along the hall's axes only, a cost for each turn
 * and for brushing past furniture, so a route reads as "down this aisle, then along that one", never
 * a diagonal across zones. The ends are lined up with the exact points where that stays clear. A point
 * inside an obstacle is moved to the nearest free spot. Returns [] when no route exists.
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
  if (cells.length === 1 || clearLine(grid, first, last) && (first.x === last.x || first.y === last.y)) return dropRepeats([first, last])
  const corners = turningPoints(cells.map((c) => cellCentre(grid, c)))
  return dropStraight(lineUpEnds(grid, first, corners, last))
}

/** Whether a body can walk straight from a to b without touching any (inflated) obstacle. */
export function clearLine(grid: Pick<WalkGrid, 'keepOut' | 'bounds'>, a: Point, b: Point): boolean {
  return isFree(grid, a) && isFree(grid, b) && !grid.keepOut.some((r) => segmentCrosses(a, b, r))
}

/** The first and last cell centres and every centre where the direction changes. */
function turningPoints(points: Point[]): Point[] {
  return points.filter((p, i) => {
    if (i === 0 || i === points.length - 1) return true
    const a = points[i - 1]!
    const b = points[i + 1]!
    return !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y))
  })
}

/**
 * The route's ends are exact points, its corners cell centres: slide the first and last straight runs
 * onto the ends' own line, where that stays clear, so the route starts and ends square instead of
 * with a small diagonal jog.
 */
function lineUpEnds(grid: WalkGrid, first: Point, corners: Point[], last: Point): Point[] {
  const pts = corners.map((p) => ({ ...p }))
  slide(grid, first, pts, 0, 1)
  slide(grid, last, pts, pts.length - 1, -1)
  return [first, ...pts, last]
}

function slide(grid: WalkGrid, end: Point, pts: Point[], i: number, step: 1 | -1): void {
  const a = pts[i]!
  const b = pts[i + step]
  const c = pts[i + 2 * step]
  const horizontal = b ? a.y === b.y : true
  const axis = horizontal ? 'y' : 'x'
  const moved = b ? [{ ...a, [axis]: end[axis] }, { ...b, [axis]: end[axis] }] : [{ ...a, [axis]: end[axis] }]
  const path = [end, ...moved, ...(c ? [c] : [])]
  const clear = path.every((p, k) => k === 0 || clearLine(grid, path[k - 1]!, p))
  if (!clear) return
  pts[i] = moved[0]!
  if (b) pts[i + step] = moved[1]!
}

function dropRepeats(points: Point[]): Point[] {
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y)
}

/** Drops repeated points and middle points of straight runs. */
function dropStraight(points: Point[]): Point[] {
  const unique = dropRepeats(points)
  return unique.filter((p, i) => {
    if (i === 0 || i === unique.length - 1) return true
    const a = unique[i - 1]!
    const b = unique[i + 1]!
    return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) !== 0
  })
}

const moves: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
]

// States are (cell, direction of arrival); direction 4 is "not moved yet".
function aStar(grid: WalkGrid, start: number, goal: number): number[] | undefined {
  const { cols, rows, blocked } = grid
  const hug = huggingCells(grid)
  const states = cols * rows * 5
  const cost = new Float64Array(states).fill(Infinity)
  const came = new Int32Array(states).fill(-1)
  const open = new MinHeap()
  const startState = start * 5 + 4
  cost[startState] = 0
  open.push(startState, manhattan(grid, start, goal))
  while (open.size > 0) {
    const state = open.pop()
    const cell = Math.floor(state / 5)
    const dir = state % 5
    if (cell === goal) return trace(came, state)
    const col = cell % cols
    const row = (cell - col) / cols
    for (let d = 0; d < 4; d++) {
      const [dc, dr] = moves[d]!
      const c = col + dc
      const r = row + dr
      if (c < 0 || r < 0 || c >= cols || r >= rows || blocked[c + r * cols]) continue
      const next = c + r * cols
      const nextState = next * 5 + d
      const tentative = cost[state]! + 1 + hug[next]! + (dir !== 4 && dir !== d ? turnCost : 0)
      if (tentative >= cost[nextState]!) continue
      cost[nextState] = tentative
      came[nextState] = state
      // Among equal estimates, the state farther along goes first: fewer states are opened.
      open.push(nextState, tentative + manhattan(grid, next, goal) - tentative * 1e-6)
    }
  }
  return undefined
}

const hugs = new WeakMap<WalkGrid, Float32Array>()

/**
 * The extra cost of each free cell for its nearness to a counter, seat, wall or the hall's edge:
 * `hugCost` beside one, half that a cell further out, nothing beyond.
 */
function huggingCells(grid: WalkGrid): Float32Array {
  let hug = hugs.get(grid)
  if (hug) return hug
  const { cols, rows, blocked } = grid
  const wall = (c: number, r: number) => c < 0 || r < 0 || c >= cols || r >= rows || blocked[c + r * cols] === 1
  const near = (c: number, r: number, ring: number) => {
    for (let dr = -ring; dr <= ring; dr++) for (let dc = -ring; dc <= ring; dc++) if (wall(c + dc, r + dr)) return true
    return false
  }
  hug = new Float32Array(cols * rows)
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (blocked[c + r * cols]) continue
      hug[c + r * cols] = near(c, r, 1) ? hugCost : near(c, r, 2) ? hugCost / 2 : 0
    }
  }
  hugs.set(grid, hug)
  return hug
}

// Admissible: every cell costs at least 1, and a goal off both axes needs at least one turn.
function manhattan(grid: WalkGrid, a: number, b: number): number {
  const dx = Math.abs((a % grid.cols) - (b % grid.cols))
  const dy = Math.abs(Math.floor(a / grid.cols) - Math.floor(b / grid.cols))
  return dx + dy + (dx > 0 && dy > 0 ? turnCost : 0)
}

function trace(came: Int32Array, goal: number): number[] {
  const cells = [Math.floor(goal / 5)]
  for (let s = came[goal]!; s !== -1; s = came[s]!) cells.push(Math.floor(s / 5))
  return cells.reverse()
}

/** A binary min-heap of states by priority; stale entries are skipped by the cost check above. */
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
