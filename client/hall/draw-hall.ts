import { Container, Graphics } from 'pixi.js'
import type { Point, Rect } from '../../core/content/hall-layout.ts'
import type { HallModel, ModelWindow } from '../../core/hall/hall-model.ts'
import type { HallQueue } from '../../core/hall/hall-queue.ts'
import { block, floorRect, pane, person } from './draw-shapes.ts'
import { drawFacility } from './draw-facility.ts'
import { palette } from './palette.ts'
import { floorDepth, heightRise, heights } from './projection.ts'

/**
 * The drawn static hall: one layer to cache as a texture, what it drew (for the bench's count), and
 * its things in depth order, to draw again over a figure that walks behind one (occluders.ts).
 */
export type DrawnHall = { root: Container; objectCount: number; props: Prop[] }

/** A thing drawn in depth order: what is nearer the entrance (larger plan y) is drawn later, over what is behind. */
export type Prop = { depth: number; draw: (g: Graphics) => void }

/** The hall's world bounds after projection (walls included), for the camera's whole-hall view. */
export function worldBounds(model: HallModel): Rect {
  const top = -(heights.wall + 20) * heightRise
  return { x: -24, y: top, w: model.size.w + 24, h: model.size.h * floorDepth - top }
}

/**
 * Draws the still hall from the model in the oblique view: floor with its tile grid, zones, the far
 * walls, then every counter, desk, machine, seat and person sorted by depth. Text is not drawn here:
 * labels are DOM over the canvas (hall-labels.ts). `queue` adds the people waiting at each window.
 */
export function drawHall(model: HallModel, queue: HallQueue): DrawnHall {
  const root = new Container({ label: 'hall' })
  const floor = new Graphics()
  drawFloor(floor, model)
  const things = new Graphics()
  const props: Prop[] = [
    ...model.windows.map((w) => windowProp(w, queue)),
    ...model.facilities.map((f) => ({ depth: f.rect.y + f.rect.h, draw: (g: Graphics) => drawFacility(g, f) })),
    ...queuing(model, queue),
  ]
  props.sort((a, b) => a.depth - b.depth)
  for (const p of props) p.draw(things)
  root.addChild(floor, things)
  return { root, objectCount: props.length + 2, props }
}

function drawFloor(g: Graphics, model: HallModel): void {
  const { w, h } = model.size
  floorRect(g, { x: 0, y: 0, w, h }, palette.floor)
  for (const z of model.zones) floorRect(g, z.rect, palette.zone[z.kind])
  for (const z of model.zones) g.rect(z.rect.x, z.rect.y * floorDepth, z.rect.w, z.rect.h * floorDepth).stroke({ width: 4, color: palette.zoneEdge })
  // A faint 60 cm tile grid.
  for (let x = 60; x < w; x += 60) g.moveTo(x, 0).lineTo(x, h * floorDepth)
  for (let y = 60; y < h; y += 60) g.moveTo(0, y * floorDepth).lineTo(w, y * floorDepth)
  g.stroke({ width: 2, color: palette.tile, alpha: 0.7 })
  // The far walls only (back and left), so nothing hides the floor.
  const wallTop = -heights.wall * heightRise
  g.rect(0, wallTop, w, heights.wall * heightRise).fill(palette.wallSide)
  for (let x = 150; x + 260 < w; x += 600) g.rect(x, wallTop + 40, 260, heights.wall * heightRise - 90).fill(palette.windowPane)
  g.rect(-24, wallTop - 16, w + 24, 16).fill(palette.wallTop)
  g.rect(-24, wallTop - 16, 24, h * floorDepth - wallTop + 16).fill(palette.wallTop)
}

const staffGap = 40

/** A window: staff behind the counter (when open), the counter with its glass, the sign plate above. */
function windowProp(w: ModelWindow, queue: HallQueue): Prop {
  const c = w.counter
  const open = queue.windows.get(w.number)?.open ?? true
  return {
    depth: c.y + c.h,
    draw: (g) => {
      if (open) person(g, staffSpot(w), palette.staff)
      block(g, c, 0, heights.counter, palette.counterTop, palette.counterFront)
      const across = w.facing === 'north' || w.facing === 'south'
      const glassAt = across ? c.y + c.h / 2 : c.y + c.h
      pane(g, c.x, glassAt, c.w, heights.counter, heights.glass, palette.glass, 0.4)
      const sign = signPlate(w)
      pane(g, sign.x, sign.y, sign.w, heights.sign, heights.sign + 40, open ? palette.sign : 0x6b7280)
    },
  }
}

/** Where the staff member of a window stands: behind the counter, opposite the visitor. */
export function staffSpot(w: ModelWindow): Point {
  const c = w.counter
  switch (w.facing) {
    case 'south':
      return { x: c.x + c.w / 2, y: c.y - staffGap }
    case 'north':
      return { x: c.x + c.w / 2, y: c.y + c.h + staffGap }
    case 'west':
      return { x: c.x + c.w + staffGap, y: c.y + c.h / 2 }
    case 'east':
      return { x: c.x - staffGap, y: c.y + c.h / 2 }
  }
}

/** The sign plate over a counter, as a plan line (x, depth y, width) that the label hangs from. */
export function signPlate(w: ModelWindow): { x: number; y: number; w: number } {
  const c = w.counter
  const width = Math.min(Math.max(c.w, 120), 160)
  return { x: c.x + c.w / 2 - width / 2, y: c.y + c.h / 2, w: width }
}

/** People standing in line in front of each window with people waiting (from the live hall), at most five shown. */
function queuing(model: HallModel, queue: HallQueue): Prop[] {
  const props: Prop[] = []
  for (const w of model.windows) {
    const waiting = Math.min(5, queue.windows.get(w.number)?.waiting ?? 0)
    const [dx, dy] = ({ south: [0, 1], north: [0, -1], west: [-1, 0], east: [1, 0] } as const)[w.facing]
    for (let i = 0; i < waiting; i++) {
      const at = { x: w.spot.x + dx * (i * 55 + 10) + (i % 2) * 6, y: w.spot.y + dy * (i * 55 + 10) }
      props.push({ depth: at.y, draw: (g) => person(g, at, palette.clothes[(w.number + i) % palette.clothes.length]!) })
    }
  }
  return props
}
