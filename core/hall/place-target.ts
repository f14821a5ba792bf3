import type { Point, Rect } from '../content/hall-layout.ts'
import type { Place } from '../scenes/script.ts'
import { atLeast, inflate, union } from './geometry.ts'
import type { HallModel } from './hall-model.ts'

/** The least the camera shows around a place (cm), so a window is seen with its neighbours. */
export const minFocus = { w: 1400, h: 900 }

export type PlaceTarget = { point: Point; focus: Rect; key: string }
export type PlaceError = { error: string }

/**
 * Where the guide walks for a scene step's place, and what the camera frames there: a zone's centre,
 * a window's standing spot, a facility's front. `key` names the place for the view's exposed state,
 * e.g. "window:7". An unknown place is an error value that says which one and what exists.
 */
export function placeTarget(model: HallModel, place: Place): PlaceTarget | PlaceError {
  if ('window' in place) {
    const w = model.windows.find((x) => x.number === place.window)
    if (!w) return { error: `window ${place.window} is not in the hall layout (windows: ${model.windows.map((x) => x.number).join(', ')})` }
    return { point: w.spot, focus: frame([w.counter], w.spot), key: `window:${w.number}` }
  }
  if ('zone' in place) {
    const z = model.zones.find((x) => x.id === place.zone)
    if (!z) return { error: `zone "${place.zone}" is not in the hall layout (zones: ${model.zones.map((x) => x.id).join(', ')})` }
    return { point: z.centre, focus: frame([z.rect], z.centre), key: `zone:${z.id}` }
  }
  const f = model.facilities.find((x) => x.id === place.facility)
  if (!f) return { error: `facility "${place.facility}" is not in the hall layout (facilities: ${model.facilities.map((x) => x.id).join(', ')})` }
  return { point: f.front, focus: frame([f.rect], f.front), key: `facility:${f.id}` }
}

export function isPlaceError(value: PlaceTarget | PlaceError): value is PlaceError {
  return 'error' in value
}

// The place and where one stands, with a margin, never smaller than minFocus.
function frame(rects: Rect[], point: Point): Rect {
  return atLeast(inflate(union([...rects, { x: point.x, y: point.y, w: 1, h: 1 }]), 150), minFocus.w, minFocus.h)
}
