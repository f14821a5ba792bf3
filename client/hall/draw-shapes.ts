import type { Graphics } from 'pixi.js'
import type { Point, Rect } from '../../core/content/hall-layout.ts'
import { floorDepth, heightRise, project } from './projection.ts'
import { palette } from './palette.ts'

/** A block standing on the floor rectangle `r` from height `z0` to `z1` (cm): its top and its front (entrance-side) face. */
export function block(g: Graphics, r: Rect, z0: number, z1: number, top: number, front: number): void {
  const x = r.x
  const yTop = r.y * floorDepth - z1 * heightRise
  const yFrontTop = (r.y + r.h) * floorDepth - z1 * heightRise
  const yFrontBottom = (r.y + r.h) * floorDepth - z0 * heightRise
  g.rect(x, yTop, r.w, yFrontTop - yTop).fill(top)
  g.rect(x, yFrontTop, r.w, yFrontBottom - yFrontTop).fill(front)
}

/** A flat patch of floor. */
export function floorRect(g: Graphics, r: Rect, colour: number, alpha = 1): void {
  g.rect(r.x, r.y * floorDepth, r.w, r.h * floorDepth).fill({ color: colour, alpha })
}

/** The soft shadow under a person or a thing (15% black). */
export function shadow(g: Graphics, at: Point, width: number): void {
  const p = project(at)
  g.ellipse(p.x, p.y, width / 2, width * 0.22).fill({ color: palette.shadow, alpha: 0.15 })
}

/** A pane standing at plan depth `y` across `x`..`x+w`, from `z0` to `z1` (signs, glass, screens). */
export function pane(g: Graphics, x: number, y: number, w: number, z0: number, z1: number, colour: number, alpha = 1): Rect {
  const top = y * floorDepth - z1 * heightRise
  const rect = { x, y: top, w, h: (z1 - z0) * heightRise }
  g.rect(rect.x, rect.y, rect.w, rect.h).fill({ color: colour, alpha })
  return rect
}

/**
 * A still person drawn into the static layer: standing, seated (seen from behind a seat back) or
 * staff behind a counter (only the upper body shows over it). About 40 cm wide and 170 cm tall.
 */
export function person(g: Graphics, at: Point, clothes: number, pose: 'stand' | 'sit' = 'stand'): void {
  const p = project(at)
  const rise = heightRise
  if (pose === 'stand') {
    shadow(g, at, 46)
    g.rect(p.x - 11, p.y - 80 * rise, 9, 80 * rise).fill(0x3d4450)
    g.rect(p.x + 2, p.y - 80 * rise, 9, 80 * rise).fill(0x3d4450)
  }
  const hip = pose === 'sit' ? 45 : 80
  g.roundRect(p.x - 17, p.y - (hip + 62) * rise, 34, 62 * rise + 2, 9).fill(clothes)
  g.circle(p.x, p.y - (hip + 78) * rise, 10.5).fill(palette.skin)
  // A new sub-path first: an arc otherwise joins the last point drawn with a line.
  const crown = p.y - (hip + 80) * rise
  g.moveTo(p.x - 11, crown).arc(p.x, crown, 11, Math.PI, 0).fill(palette.hair)
}
