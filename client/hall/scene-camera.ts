import type { Point, Rect } from '../../core/content/hall-layout.ts'
import type { HallModel } from '../../core/hall/hall-model.ts'
import { frameRect, worldOffset, type Camera, type Viewport } from './camera.ts'
import { worldBounds } from './draw-hall.ts'
import { heights, project, projectRect } from './projection.ts'

/** The world rectangle the camera frames for a plan focus: the floor and everything standing on it up to the signs. */
export function focusInWorld(focus: Rect): Rect {
  return projectRect(focus, 0, heights.screen + 40)
}

/** The camera for a plan focus in a view. */
export function cameraFor(model: HallModel, focus: Rect, view: Viewport): Camera {
  const bounds = worldBounds(model)
  return frameRect(focusInWorld(focus), { w: bounds.w, h: bounds.h }, view)
}

/** A world point to view pixels. */
export function toScreen(camera: Camera, view: Viewport, p: Point): Point {
  const o = worldOffset(camera, view)
  return { x: o.x + p.x * camera.scale, y: o.y + p.y * camera.scale }
}

/** The screen box of a person standing at a plan point (for the bubble to keep clear of). */
export function personBox(camera: Camera, view: Viewport, at: Point): Rect {
  const feet = toScreen(camera, view, project(at))
  const w = 48 * camera.scale
  const h = 125 * camera.scale
  return { x: feet.x - w / 2, y: feet.y - h, w, h }
}

/** The screen box of a thing on the floor (a counter, a desk, a zone) with `tall` cm of height. */
export function thingBox(camera: Camera, view: Viewport, r: Rect, tall: number): Rect {
  const w = projectRect(r, 0, tall)
  const a = toScreen(camera, view, { x: w.x, y: w.y })
  return { x: a.x, y: a.y, w: w.w * camera.scale, h: w.h * camera.scale }
}
