import type { Point, Rect } from '../../core/content/hall-layout.ts'

/**
 * The one projection of the hall: a gentle oblique view from the entrance side, the floor seen at
 * about 45°. Plan coordinates (cm, y towards the entrance) stay the model's; only the view projects.
 * A floor point (x, y) at height z (cm) lands at (x, y·floorDepth − z·heightRise) in world units.
 */
export const floorDepth = 0.72
export const heightRise = 0.62

export function project(p: Point, z = 0): Point {
  return { x: p.x, y: p.y * floorDepth - z * heightRise }
}

/** The world rectangle a floor rectangle covers, raised to `z` and extended up by `tall` cm of height. */
export function projectRect(r: Rect, z = 0, tall = 0): Rect {
  const top = r.y * floorDepth - (z + tall) * heightRise
  return { x: r.x, y: top, w: r.w, h: r.h * floorDepth + tall * heightRise }
}

/** Heights from the art direction (cm). */
export const heights = { wall: 300, counter: 110, glass: 190, desk: 100, seat: 45, sign: 250, screen: 270, machine: 150, person: 170 } as const
