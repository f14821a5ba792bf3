import { Container, Graphics, Rectangle } from 'pixi.js'
import type { Rect } from '../../core/content/hall-layout.ts'
import type { ModelFacility } from '../../core/hall/hall-model.ts'
import { bilingual } from './hall-labels.ts'
import { palette } from './palette.ts'

/** One facility, drawn by its kind inside its layout rectangle, with its name beside it. */
export function drawFacility(f: ModelFacility): Container {
  const box = new Container({ label: `facility:${f.id}` })
  const g = new Graphics()
  shapes[f.kind](g, f.rect)
  box.addChild(g, ...bilingual(nameBox(f), f.name.zh, f.name.en, nameSize[f.kind] ?? 28, palette.ink))
  if (f.kind !== 'entrance' && f.kind !== 'seating') {
    box.eventMode = 'static'
    box.cursor = 'pointer'
    box.hitArea = new Rectangle(f.rect.x - 20, f.rect.y - 20, f.rect.w + 40, f.rect.h + 40)
  }
  return box
}

// Small machines stand in rows, so their names are smaller and wrap to their own width.
const nameSize: Partial<Record<ModelFacility['kind'], number>> = { entrance: 40, kiosk: 22, 'ticket-machine': 22 }

/** Where a facility's name goes: on the side away from where people stand, so walkers do not cover it. */
export function nameBox(f: ModelFacility): Rect {
  const w = f.kind === 'kiosk' || f.kind === 'ticket-machine' ? f.rect.w + 60 : Math.max(f.rect.w, 260)
  const x = f.rect.x + f.rect.w / 2 - w / 2
  if (f.kind === 'entrance' || f.kind === 'restroom' || f.kind === 'seating') return { x: f.rect.x + 16, y: f.rect.y + 12, w: f.rect.w - 32, h: f.rect.h }
  if (f.facing === 'south') return { x, y: f.rect.y - 80, w, h: 70 }
  return { x, y: f.rect.y + f.rect.h + 8, w, h: 70 }
}

type Draw = (g: Graphics, r: Rect) => void

const panel: Draw = (g, r) => {
  g.roundRect(r.x, r.y, r.w, r.h, 8).fill(palette.kiosk)
  g.roundRect(r.x + r.w * 0.15, r.y + r.h * 0.15, r.w * 0.7, r.h * 0.5, 4).fill(0xbfe3ff)
}

const shapes: Record<ModelFacility['kind'], Draw> = {
  entrance: (g, r) => {
    g.roundRect(r.x, r.y, r.w, r.h, 12).fill({ color: palette.entrance, alpha: 0.55 })
  },
  'guide-desk': (g, r) => {
    g.roundRect(r.x, r.y, r.w, r.h, Math.min(r.h / 2, 40)).fill(palette.desk)
    g.roundRect(r.x + 10, r.y + 10, r.w - 20, r.h - 20, Math.min(r.h / 2 - 10, 30)).fill(0xe6a66b)
  },
  'ticket-machine': panel,
  kiosk: panel,
  seating: (g, r) => {
    g.roundRect(r.x, r.y, r.w, r.h, 10).fill({ color: palette.seat, alpha: 0.35 })
    const seat = 56
    const across = Math.max(1, Math.floor(r.w / (seat + 8)))
    const rows = Math.max(1, Math.floor(r.h / (seat + 12)))
    for (let row = 0; row < rows; row++) {
      for (let i = 0; i < across; i++) g.roundRect(r.x + 6 + i * (seat + 8), r.y + 8 + row * (seat + 12), seat, seat, 10).fill(palette.seat)
    }
  },
  copier: (g, r) => {
    g.roundRect(r.x, r.y, r.w, r.h, 8).fill(0x8a96a3)
    g.rect(r.x + 10, r.y + 10, r.w - 20, r.h / 3).fill(0xf4f6f8)
  },
  mailing: (g, r) => {
    g.roundRect(r.x, r.y, r.w, r.h, 8).fill(0x2e7d32)
  },
  restroom: (g, r) => {
    g.rect(r.x, r.y, r.w, r.h).fill(0xe3e8ee).stroke({ width: 10, color: palette.wall })
  },
  lift: (g, r) => {
    g.rect(r.x, r.y, r.w, r.h).fill(0xcfd6de).stroke({ width: 8, color: palette.wall })
  },
}
