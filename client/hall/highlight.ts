import { Graphics } from 'pixi.js'
import type { Rect } from '../../core/content/hall-layout.ts'
import { palette } from './palette.ts'
import { projectRect } from './projection.ts'

/** An amber ring on the floor around the thing a step names. */
export function highlightRing(r: Rect): Graphics {
  const p = projectRect({ x: r.x - 30, y: r.y - 30, w: r.w + 60, h: r.h + 60 })
  return new Graphics().roundRect(p.x, p.y, p.w, p.h, 16).stroke({ width: 10, color: palette.highlight })
}
