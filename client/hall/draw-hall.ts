import { Container, Graphics, Rectangle } from 'pixi.js'
import type { Facing, Rect } from '../../core/content/hall-layout.ts'
import { inflate, union } from '../../core/hall/geometry.ts'
import type { HallModel, ModelWindow } from '../../core/hall/hall-model.ts'
import { drawFacility, nameBox } from './draw-facility.ts'
import { bilingual, label } from './hall-labels.ts'
import { palette } from './palette.ts'

/** The drawn hall: its root, and each window's and facility's container (for hover, tap and highlight). */
export type DrawnHall = {
  root: Container
  windows: Map<number, Container>
  facilities: Map<string, Container>
  /** How many display objects the hall is made of (the bench draws as many on a bare page). */
  objectCount: number
}

/** Draws the static hall from the model: floor, zones, counters with signs, facilities. No coordinates of its own. */
export function drawHall(model: HallModel): DrawnHall {
  const root = new Container({ label: 'hall' })
  const floor = new Graphics()
  floor.rect(0, 0, model.size.w, model.size.h).fill(palette.floor).stroke({ width: 16, color: palette.wall })
  for (const zone of model.zones) {
    floor.rect(zone.rect.x, zone.rect.y, zone.rect.w, zone.rect.h).fill(palette.zone[zone.kind]).stroke({ width: 6, color: palette.zoneEdge })
  }
  root.addChild(floor)
  for (const zone of model.zones) root.addChild(...bilingual(zoneLabelBox(model, zone.rect), zone.name.zh, zone.name.en, 52, palette.muted))
  const windows = new Map(model.windows.map((w) => [w.number, drawWindow(w)]))
  const facilities = new Map(model.facilities.map((f) => [f.id, drawFacility(f)]))
  root.addChild(...windows.values(), ...facilities.values())
  return { root, windows, facilities, objectCount: countObjects(root) }
}

function countObjects(c: Container): number {
  return c.children.reduce((n, child) => n + 1 + countObjects(child), 0)
}

// Zone names go in the first corner where they cover nothing: top-left, else bottom-left.
function zoneLabelBox(model: HallModel, zone: Rect): Rect {
  const w = Math.min(zone.w - 40, 640)
  const top = { x: zone.x + 20, y: zone.y + 16, w, h: 100 }
  const bottom = { x: zone.x + 20, y: zone.y + zone.h - 116, w, h: 100 }
  const things = [
    ...model.obstacles.map((o) => inflate(o.rect, 30)),
    ...model.windows.map((win) => signRect(win.counter, win.facing)),
    ...model.facilities.map(nameBox),
  ]
  const clear = (box: Rect) => !things.some((r) => r.x < box.x + box.w && box.x < r.x + r.w && r.y < box.y + box.h && box.y < r.y + r.h)
  return clear(top) || !clear(bottom) ? top : bottom
}

/** The sign plate behind a counter, on the staff side (opposite the side visitors face). */
export function signRect(counter: Rect, facing: Facing): Rect {
  switch (facing) {
    case 'south':
      return { x: counter.x, y: counter.y - 125, w: counter.w, h: 115 }
    case 'north':
      return { x: counter.x, y: counter.y + counter.h + 10, w: counter.w, h: 115 }
    case 'west':
      return { x: counter.x + counter.w + 10, y: counter.y, w: 130, h: counter.h }
    case 'east':
      return { x: counter.x - 140, y: counter.y, w: 130, h: counter.h }
  }
}

function drawWindow(w: ModelWindow): Container {
  const box = new Container({ label: `window:${w.number}` })
  const c = w.counter
  const sign = signRect(c, w.facing)
  const g = new Graphics()
  g.roundRect(sign.x, sign.y, sign.w, sign.h, 10).fill(palette.sign)
  g.roundRect(c.x, c.y, c.w, c.h, 8).fill(palette.counter)
  g.roundRect(c.x + 6, c.y + 6, c.w - 12, c.h - 12, 6).fill(palette.counterTop)
  if (w.priority) g.circle(c.x + c.w / 2, c.y + c.h / 2, 14).fill(palette.highlight)
  box.addChild(g)
  const number = label(String(w.number), { fontSize: 44, fontWeight: '700', fill: palette.signInk })
  number.position.set(sign.x + 8, sign.y + 2)
  const dept = w.departments[0]
  const text = { x: sign.x + 8, y: sign.y + 50, w: sign.w - 16, h: sign.h - 50 }
  box.addChild(number, ...bilingual(text, dept?.name?.zh ?? w.label?.zh ?? '', dept?.name?.en ?? w.label?.en ?? '', 24, palette.signInk))
  box.eventMode = 'static'
  box.cursor = 'pointer'
  const area = union([c, sign])
  box.hitArea = new Rectangle(area.x, area.y, area.w, area.h)
  return box
}
