import { Container, Graphics } from 'pixi.js'
import type { Point } from '../../core/content/hall-layout.ts'
import { palette } from './palette.ts'
import { project } from './projection.ts'

/** The outcome route on the floor: each leg as a line along the aisles, and a ring at each stop (its number is DOM, hall-labels.ts). */
export function drawRoute(legs: Point[][], spots: (Point | undefined)[]): Container {
  const root = new Container({ label: 'route' })
  const lines = new Graphics()
  for (const leg of legs) {
    if (leg.length < 2) continue
    const [first, ...rest] = leg.map((p) => project(p))
    lines.moveTo(first!.x, first!.y)
    for (const p of rest) lines.lineTo(p.x, p.y)
  }
  lines.stroke({ width: 16, color: palette.route, alpha: 0.8, cap: 'round', join: 'round' })
  root.addChild(lines)
  spots.forEach((spot, i) => {
    if (!spot) return
    const p = project(spot)
    root.addChild(new Graphics({ label: `stop:${i + 1}` }).ellipse(p.x, p.y, 40, 40 * 0.72).fill({ color: palette.route, alpha: 0.35 }).stroke({ width: 6, color: palette.route }))
  })
  return root
}
