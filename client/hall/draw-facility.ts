import type { Graphics } from 'pixi.js'
import type { Rect } from '../../core/content/hall-layout.ts'
import type { ModelFacility } from '../../core/hall/hall-model.ts'
import { block, floorRect, pane, person, shadow } from './draw-shapes.ts'
import { palette } from './palette.ts'
import { heights } from './projection.ts'

/** One facility drawn by its kind on its layout rectangle; its name is a DOM label (hall-labels.ts). */
export function drawFacility(g: Graphics, f: ModelFacility): void {
  shapes[f.kind](g, f.rect, f)
}

type Draw = (g: Graphics, r: Rect, f: ModelFacility) => void

const machine: Draw = (g, r) => {
  shadow(g, { x: r.x + r.w / 2, y: r.y + r.h }, r.w * 1.3)
  block(g, r, 0, heights.machine, palette.machineTop, palette.machine)
  pane(g, r.x + r.w * 0.15, r.y + r.h, r.w * 0.7, heights.machine - 70, heights.machine - 15, palette.machineScreen)
}

const shapes: Record<ModelFacility['kind'], Draw> = {
  entrance: (g, r) => floorRect(g, r, palette.entrance),
  'guide-desk': (g, r, f) => {
    // Staff behind the desk, on the side away from visitors.
    const behind = f.facing === 'north' ? r.y + r.h + 40 : r.y - 40
    person(g, { x: r.x + r.w / 2 - 50, y: behind }, palette.staff)
    person(g, { x: r.x + r.w / 2 + 60, y: behind }, palette.staff)
    block(g, r, 0, heights.desk, palette.desk, palette.deskFront)
  },
  'ticket-machine': machine,
  kiosk: machine,
  seating: (g, r, f) => {
    const seat = 50
    const across = Math.max(1, Math.floor(r.w / (seat + 6)))
    const rows = Math.max(1, Math.floor(r.h / 70))
    for (let row = 0; row < rows; row++) {
      const y = r.y + row * (r.h / rows)
      for (let i = 0; i < across; i++) {
        const x = r.x + i * (seat + 6)
        block(g, { x, y, w: seat, h: 40 }, 0, heights.seat, palette.seat, palette.seatBack)
        // Some seats taken, the same ones on every draw: people seated facing the windows.
        if ((i * 7 + row * 3 + f.id.length) % 5 < 2) person(g, { x: x + seat / 2, y: y + 20 }, palette.clothes[(i + row) % palette.clothes.length]!, 'sit')
        block(g, { x, y: y + 40, w: seat, h: 10 }, 0, heights.seat + 40, palette.seat, palette.seatBack)
      }
    }
  },
  copier: (g, r) => {
    shadow(g, { x: r.x + r.w / 2, y: r.y + r.h }, r.w * 1.1)
    block(g, r, 0, 110, palette.copier, 0xb9c0c8)
  },
  mailing: (g, r) => {
    block(g, r, 0, heights.desk, palette.mailingTop, palette.mailing)
  },
  restroom: (g, r) => {
    floorRect(g, r, palette.room)
    // Its far wall with a door, facing the hall.
    block(g, { x: r.x, y: r.y, w: r.w, h: 12 }, 0, 240, palette.wallTop, palette.wallSide)
    pane(g, r.x + r.w / 2 - 50, r.y + 12, 100, 0, 210, 0x9fb4c7)
  },
  lift: (g, r) => {
    block(g, r, 0, 240, palette.wallTop, palette.wallSide)
    pane(g, r.x + r.w * 0.2, r.y + r.h, r.w * 0.6, 0, 210, 0xaab4bf)
  },
}
