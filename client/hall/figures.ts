import { Container, Graphics } from 'pixi.js'
import { palette } from './palette.ts'

/** A person seen from above at a slant: shadow, body, head; the guide wears a sash and can wave. */
export type Figure = { root: Container; body: Container; arm: Graphics }

export function drawFigure(role: 'guide' | 'visitor'): Figure {
  const root = new Container({ label: role })
  const body = new Container()
  const colour = role === 'guide' ? palette.guide : palette.visitor
  const shadow = new Graphics().ellipse(0, 26, 34, 12).fill({ color: 0x000000, alpha: 0.15 })
  const torso = new Graphics().roundRect(-26, -40, 52, 66, 24).fill(colour)
  if (role === 'guide') torso.moveTo(-24, -30).lineTo(24, 10).stroke({ width: 9, color: 0xffd166 })
  else torso.roundRect(10, -18, 26, 20, 4).fill(0xf4f1ea).stroke({ width: 3, color: 0x8a6d3b })
  const head = new Graphics().circle(0, -58, 20).fill(palette.skin)
  head.arc(0, -60, 21, Math.PI, 0).fill(role === 'guide' ? 0x2b2b2b : 0x5a3e2b)
  const arm = new Graphics().roundRect(-6, -8, 12, 40, 6).fill(colour)
  arm.position.set(26, -30)
  arm.pivot.set(0, -4)
  body.addChild(torso, arm, head)
  root.addChild(shadow, body)
  return { root, body, arm }
}
