import type { Point, Rect } from '../../core/content/hall-layout.ts'
import type { Camera, Viewport } from './camera.ts'

/** The closest the visitor may zoom the map: two screen pixels per hall centimetre. */
export const closestScale = 2

/**
 * The camera after zooming by `factor` about the view point `about` (a pinch's middle, the view's middle
 * without one): the hall point under it stays under it. Never further out than the whole hall in
 * view, never closer than `closestScale`, and never looking past the hall's edges.
 */
export function zoomCamera(camera: Camera, view: Viewport, hall: Rect, factor: number, about?: Point): Camera {
  const s = about ?? { x: view.width / 2, y: view.height / 2 }
  const whole = Math.min(view.width / hall.w, view.height / hall.h)
  const scale = Math.min(closestScale, Math.max(whole, camera.scale * factor))
  const under = { x: camera.x + (s.x - view.width / 2) / camera.scale, y: camera.y + (s.y - view.height / 2) / camera.scale }
  return keepInside({ scale, x: under.x - (s.x - view.width / 2) / scale, y: under.y - (s.y - view.height / 2) / scale }, view, hall)
}

/** The camera after dragging the map by (dx, dy) view pixels: the hall moves with the finger. */
export function panCamera(camera: Camera, view: Viewport, hall: Rect, dx: number, dy: number): Camera {
  return keepInside({ scale: camera.scale, x: camera.x - dx / camera.scale, y: camera.y - dy / camera.scale }, view, hall)
}

function keepInside(camera: Camera, view: Viewport, hall: Rect): Camera {
  const inside = (centre: number, seen: number, from: number, size: number) =>
    seen >= size ? from + size / 2 : Math.min(Math.max(centre, from + seen / 2), from + size - seen / 2)
  return { scale: camera.scale, x: inside(camera.x, view.width / camera.scale, hall.x, hall.w), y: inside(camera.y, view.height / camera.scale, hall.y, hall.h) }
}
