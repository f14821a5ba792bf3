import type { Point, Rect } from '../../core/content/hall-layout.ts'
import { union } from '../../core/hall/geometry.ts'
import type { HallModel } from '../../core/hall/hall-model.ts'
import type { PlaceTarget } from '../../core/hall/place-target.ts'
import type { Camera, Viewport } from './camera.ts'
import { heights } from './projection.ts'
import { thingBox } from './scene-camera.ts'

/** The thing a place names on the floor and how tall it stands (cm). */
export function thingOf(model: HallModel, target: PlaceTarget): { key: string; rect: Rect; tall: number; kind: 'window' | 'zone' | 'facility' } {
  const [kind, id] = target.key.split(':') as ['window' | 'zone' | 'facility', string]
  if (kind === 'window') return { key: target.key, kind, rect: model.windows.find((w) => String(w.number) === id)!.counter, tall: heights.sign + 40 }
  if (kind === 'zone') return { key: target.key, kind, rect: model.zones.find((z) => z.id === id)!.rect, tall: 0 }
  const f = model.facilities.find((x) => x.id === id)!
  return { key: target.key, kind, rect: f.rect, tall: f.kind === 'entrance' || f.kind === 'seating' ? 60 : f.kind === 'guide-desk' ? heights.person : heights.machine }
}

/**
 * What the guide's bubble must never cover, in view pixels: a window's or facility's body with its
 * sign; for a zone, which fills the view when framed, its sign (name and call screen), else its middle.
 */
export function subjectBox(camera: Camera, view: Viewport, thing: ReturnType<typeof thingOf>, sign: Rect | undefined, middle: Point): Rect {
  if (thing.kind === 'zone') return sign ?? { x: middle.x - 20, y: middle.y - 20, w: 40, h: 40 }
  const body = thingBox(camera, view, thing.rect, thing.tall)
  return sign ? union([body, sign]) : body
}
