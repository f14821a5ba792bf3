import { Container, Graphics } from 'pixi.js'
import type { Point } from '../../core/content/hall-layout.ts'
import { palette } from './palette.ts'
import { project } from './projection.ts'

/** The route line's width on screen at the zoom that shows the whole route (CSS px), and its least width on the floor (cm). */
const linePx = 5
const leastWidth = 14

/**
 * The outcome route on the floor: each leg as a line along the aisles, in the route's colour over a
 * pale casing, as a transit map draws a line. `scale` is the zoom that frames the route: the line is
 * as wide on screen on a phone as on a kiosk. Its stops are DOM (stop-markers.ts).
 */
export function drawRoute(legs: Point[][], scale: number): Container {
  const root = new Container({ label: 'route' })
  const width = Math.max(leastWidth, linePx / scale)
  const casing = new Graphics()
  const line = new Graphics()
  for (const leg of legs) {
    if (leg.length < 2) continue
    const [first, ...rest] = leg.map((p) => project(p))
    for (const g of [casing, line]) {
      g.moveTo(first!.x, first!.y)
      for (const p of rest) g.lineTo(p.x, p.y)
    }
  }
  casing.stroke({ width: width * 1.8, color: 0xffffff, alpha: 0.85, cap: 'round', join: 'round' })
  line.stroke({ width, color: palette.route, cap: 'round', join: 'round' })
  root.addChild(casing, line)
  return root
}
