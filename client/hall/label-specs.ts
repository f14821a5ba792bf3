import type { Point } from '../../core/content/hall-layout.ts'
import type { Locale, Text } from '../../core/content/text.ts'
import type { HallModel } from '../../core/hall/hall-model.ts'
import { zoneSignAnchor } from '../../core/hall/label-anchor.ts'
import { signPlate } from './draw-hall.ts'
import { heights, project } from './projection.ts'

/** One word-sign on the picture: where it hangs in the world, how it looks, and what it says. */
export type LabelSpec = {
  /** The place it names, as the view's state names places: "window:7", "zone:waiting", "facility:copier". */
  key: string
  kind: 'window' | 'zone' | 'facility' | 'exit' | 'restroom'
  /** World point (projected) of the sign's middle for windows and zones, of its bottom for the others. */
  anchor: Point
  /** Bigger numbers win a place first when signs would overlap. */
  rank: number
  /** The window's number, shown even when its department does not fit. */
  number?: string
  name: Text
}

/** The signs of the hall, from the model: each window's number and department, zone names, facility names. */
export function labelSpecs(model: HallModel): LabelSpec[] {
  const windows: LabelSpec[] = model.windows.map((w) => {
    const plate = signPlate(w)
    const dept = w.departments[0]?.name ?? w.label ?? { zh: `${w.number} 号窗口`, en: `Window ${w.number}` }
    return { key: `window:${w.number}`, kind: 'window', anchor: project({ x: plate.x + plate.w / 2, y: plate.y }, heights.sign + 20), rank: 2, number: String(w.number), name: dept }
  })
  const zones: LabelSpec[] = model.zones.map((z) => ({ key: `zone:${z.id}`, kind: 'zone', anchor: project(zoneSignAnchor(model, z)), rank: 3, name: z.name }))
  const facilities: LabelSpec[] = model.facilities.map((f) => {
    const top = f.kind === 'restroom' || f.kind === 'lift' ? 240 : f.kind === 'entrance' || f.kind === 'seating' ? 60 : f.kind === 'guide-desk' ? heights.person + 20 : heights.machine
    const kind = f.kind === 'entrance' ? 'exit' : f.kind === 'restroom' ? 'restroom' : 'facility'
    return { key: `facility:${f.id}`, kind, anchor: project({ x: f.rect.x + f.rect.w / 2, y: f.rect.y + f.rect.h / 2 }, top + 20), rank: f.kind === 'seating' ? 0 : 1, name: f.name }
  })
  return [...zones, ...windows, ...facilities]
}

/** The page's language first, the other beneath. */
export function inOrder(name: Text, locale: Locale): [string, string] {
  return locale === 'zh' ? [name.zh, name.en] : [name.en, name.zh]
}
