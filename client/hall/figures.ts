import { Container, Graphics } from 'pixi.js'
import { palette } from './palette.ts'
import { heightRise } from './projection.ts'

/**
 * A walking person in the oblique view, feet at the origin: shadow, two legs that alternate while
 * walking, body, head; the guide wears the site's blue with a red sash and can raise an arm.
 */
export type Figure = { root: Container; body: Container; arm: Graphics; legs: [Graphics, Graphics] }

const leg = 80 * heightRise
const torso = 62 * heightRise

export function drawFigure(role: 'guide' | 'visitor'): Figure {
  const root = new Container({ label: role })
  const body = new Container()
  const colour = role === 'guide' ? palette.guide : palette.visitor
  const shadow = new Graphics().ellipse(0, 0, 24, 9).fill({ color: palette.shadow, alpha: 0.15 })
  const legs: [Graphics, Graphics] = [new Graphics().rect(-11, -leg, 9, leg).fill(0x2f3742), new Graphics().rect(2, -leg, 9, leg).fill(0x2f3742)]
  const chest = new Graphics().roundRect(-18, -leg - torso, 36, torso + 3, 10).fill(colour)
  if (role === 'guide') chest.moveTo(-16, -leg - torso + 6).lineTo(16, -leg - 4).stroke({ width: 7, color: palette.sash })
  else chest.roundRect(8, -leg - torso * 0.55, 18, 14, 3).fill(0xf4f1ea).stroke({ width: 2, color: 0x8a6d3b })
  const head = new Graphics().circle(0, -leg - torso - 13, 12).fill(palette.skin)
  head.moveTo(-12.5, -leg - torso - 15).arc(0, -leg - torso - 15, 12.5, Math.PI, 0).fill(role === 'guide' ? 0x2b2b2b : 0x5a3e2b)
  const arm = new Graphics().roundRect(-4, -4, 8, 34, 4).fill(colour)
  arm.position.set(18, -leg - torso + 8)
  body.addChild(...legs, chest, arm, head)
  root.addChild(shadow, body)
  return { root, body, arm, legs }
}
