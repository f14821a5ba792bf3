import type { Point, Rect } from '../content/hall-layout.ts'

/** Plain plane geometry in hall units (centimetres), shared by the model, the grid and the paths. */

export function centreOf(rect: Rect): Point {
  return { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 }
}

export function inflate(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, w: rect.w + 2 * by, h: rect.h + 2 * by }
}

export function contains(rect: Rect, p: Point): boolean {
  return p.x > rect.x && p.x < rect.x + rect.w && p.y > rect.y && p.y < rect.y + rect.h
}

/** The smallest rectangle holding every given rectangle. */
export function union(rects: Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x))
  const y = Math.min(...rects.map((r) => r.y))
  const right = Math.max(...rects.map((r) => r.x + r.w))
  const bottom = Math.max(...rects.map((r) => r.y + r.h))
  return { x, y, w: right - x, h: bottom - y }
}

/** A rectangle of at least `w` × `h` around `rect`, with the same centre. */
export function atLeast(rect: Rect, w: number, h: number): Rect {
  const c = centreOf(rect)
  const nw = Math.max(rect.w, w)
  const nh = Math.max(rect.h, h)
  return { x: c.x - nw / 2, y: c.y - nh / 2, w: nw, h: nh }
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y)
}

/**
 * Whether the segment a-b passes through the inside of `rect` (touching its edge does not count).
 * Liang-Barsky clipping: the segment crosses when some stretch of it lies strictly inside.
 */
export function segmentCrosses(a: Point, b: Point, rect: Rect): boolean {
  const dx = b.x - a.x
  const dy = b.y - a.y
  let t0 = 0
  let t1 = 1
  const sides: [number, number][] = [
    [-dx, a.x - rect.x],
    [dx, rect.x + rect.w - a.x],
    [-dy, a.y - rect.y],
    [dy, rect.y + rect.h - a.y],
  ]
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q <= 0) return false
      continue
    }
    const t = q / p
    if (p < 0) t0 = Math.max(t0, t)
    else t1 = Math.min(t1, t)
    if (t0 >= t1) return false
  }
  return t1 - t0 > 1e-9
}
