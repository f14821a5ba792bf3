import { Container, Graphics } from 'pixi.js'
import type { Point } from '../../core/content/hall-layout.ts'
import { label } from './hall-labels.ts'
import { palette } from './palette.ts'

/** The outcome route: each leg as a line, and a numbered badge at each window in the order to visit. */
export function drawRoute(legs: Point[][], spots: (Point | undefined)[]): Container {
  const root = new Container({ label: 'route' })
  const lines = new Graphics()
  for (const leg of legs) {
    if (leg.length < 2) continue
    lines.moveTo(leg[0]!.x, leg[0]!.y)
    for (const p of leg.slice(1)) lines.lineTo(p.x, p.y)
  }
  lines.stroke({ width: 14, color: palette.route, alpha: 0.75, cap: 'round', join: 'round' })
  root.addChild(lines)
  spots.forEach((spot, i) => {
    if (!spot) return
    const badge = new Graphics().circle(spot.x, spot.y, 42).fill(palette.route).stroke({ width: 6, color: 0xffffff })
    const order = label(String(i + 1), { fontSize: 48, fontWeight: '700', fill: 0xffffff })
    order.anchor.set(0.5)
    order.position.set(spot.x, spot.y)
    root.addChild(badge, order)
  })
  return root
}
