import type { Rect } from '../../core/content/hall-layout.ts'

/** Something drawn at a depth (its foot or front edge, projected y) over a box of the picture (world units). */
export type Drawn = { depth: number; box: Rect }

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/**
 * Which still things must be drawn again over the moving figures: those nearer the viewer than a
 * figure they overlap. The still hall is one cached picture under the figures, so without this a
 * guide walking behind a counter would be drawn on top of it. Returns one flag per thing.
 */
export function drawnOverFigures(things: readonly Drawn[], figures: readonly Drawn[]): boolean[] {
  return things.map((t) => figures.some((f) => t.depth > f.depth && overlaps(t.box, f.box)))
}
