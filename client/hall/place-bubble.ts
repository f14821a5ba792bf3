import type { Rect } from '../../core/content/hall-layout.ts'

export type Side = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'above-left' | 'below-right' | 'below-left'
export type Placed = Rect & { side: Side }

/** Screen pixels between the bubble and the guide, and kept free at the edges of the view. */
const gap = 12
const edge = 4

/**
 * Where the guide's speech bubble goes on screen: beside the guide in free space, never over the
 * guide nor over `subject` (the window, zone or facility the step names, with its sign). Tries each
 * side of the guide in turn and takes the first that fits in the view and covers neither; when none
 * does (a tiny view), the one covering least of the subject, then of the guide. `side` is where the
 * bubble sits relative to the guide, so its tail points back at them.
 */
export function placeBubble(size: { w: number; h: number }, guide: Rect, subject: Rect | undefined, view: { width: number; height: number }): Placed {
  const cx = guide.x + guide.w / 2
  const cy = guide.y + guide.h / 2
  const candidates: Placed[] = [
    { side: 'right', x: guide.x + guide.w + gap, y: cy - size.h / 2, w: size.w, h: size.h },
    { side: 'left', x: guide.x - gap - size.w, y: cy - size.h / 2, w: size.w, h: size.h },
    { side: 'above', x: cx - size.w / 2, y: guide.y - gap - size.h, w: size.w, h: size.h },
    { side: 'below', x: cx - size.w / 2, y: guide.y + guide.h + gap, w: size.w, h: size.h },
    { side: 'above-right', x: guide.x + guide.w + gap, y: guide.y - gap - size.h, w: size.w, h: size.h },
    { side: 'above-left', x: guide.x - gap - size.w, y: guide.y - gap - size.h, w: size.w, h: size.h },
    { side: 'below-right', x: guide.x + guide.w + gap, y: guide.y + guide.h + gap, w: size.w, h: size.h },
    { side: 'below-left', x: guide.x - gap - size.w, y: guide.y + guide.h + gap, w: size.w, h: size.h },
  ].map((c) => slideInto(c as Placed, view))
  const cost = (c: Placed) => [subject ? overlap(c, subject) : 0, overlap(c, guide), outside(c, view)]
  const free = candidates.find((c) => cost(c).every((n) => n === 0))
  if (free) return free
  return candidates.map((c) => ({ c, k: cost(c) })).sort((a, b) => a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]! || a.k[2]! - b.k[2]!)[0]!.c
}

/** Keeps a candidate inside the view along the axis that does not separate it from the guide. */
function slideInto(c: Placed, view: { width: number; height: number }): Placed {
  const maxX = Math.max(edge, view.width - c.w - edge)
  const maxY = Math.max(edge, view.height - c.h - edge)
  const clampX = (x: number) => Math.min(Math.max(edge, x), maxX)
  const clampY = (y: number) => Math.min(Math.max(edge, y), maxY)
  if (c.side === 'right' || c.side === 'left') return { ...c, y: clampY(c.y) }
  if (c.side === 'above' || c.side === 'below') return { ...c, x: clampX(c.x) }
  return c
}

export function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

function outside(c: Rect, view: { width: number; height: number }): number {
  return c.w * c.h - overlap(c, { x: 0, y: 0, w: view.width, h: view.height })
}
