import type { Rect } from '../../core/content/hall-layout.ts'

/** Where the camera looks: the hall point at the middle of the view, and hall units to screen pixels. */
export type Camera = { x: number; y: number; scale: number }
export type Viewport = { width: number; height: number }

/** Screen pixels kept clear around a framed place, so it never touches the edge of the view. */
const margin = 16

/**
 * The camera that shows `focus` whole and centred in the viewport, never zoomed out beyond the whole
 * hall nor in beyond `maxScale` (one hall centimetre per screen pixel is already very close).
 */
export function frameRect(focus: Rect, hall: { w: number; h: number }, view: Viewport, maxScale = 1): Camera {
  const usableW = Math.max(1, view.width - 2 * margin)
  const usableH = Math.max(1, view.height - 2 * margin)
  const whole = Math.min(usableW / hall.w, usableH / hall.h)
  const fit = Math.min(usableW / focus.w, usableH / focus.h)
  const scale = Math.min(maxScale, Math.max(whole, fit))
  return { x: focus.x + focus.w / 2, y: focus.y + focus.h / 2, scale }
}

/** The world container's position that puts the camera's point at the middle of the viewport. */
export function worldOffset(camera: Camera, view: Viewport): { x: number; y: number } {
  return { x: view.width / 2 - camera.x * camera.scale, y: view.height / 2 - camera.y * camera.scale }
}
