import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HallLayout, hallPlan, type Point, type Rect } from '../../core/content/hall-layout.ts'
import type { Text } from '../../core/content/text.ts'
import { guideSpot } from '../../core/hall/guide-spot.ts'
import { buildHallModel } from '../../core/hall/hall-model.ts'
import { isPlaceError, placeTarget } from '../../core/hall/place-target.ts'
import type { SceneScript } from '../../core/scenes/script.ts'
import { inflate, union } from '../../core/hall/geometry.ts'
import { labelSpecs } from './label-specs.ts'
import { overlap, placeBubble } from './place-bubble.ts'
import { project } from './projection.ts'
import { cameraFor, personBox, toScreen } from './scene-camera.ts'
import { subjectBox, thingOf } from './subject-box.ts'
import { hallCanvases as canvases } from '../../test/fixtures/hall-canvases.ts'

const model = buildHallModel(hallPlan(HallLayout.parse(JSON.parse(readFileSync('content/hall/layout.json', 'utf8')))))
const scripts = readdirSync('scenes')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`scenes/${f}`, 'utf8')) as SceneScript)
const specs = new Map(labelSpecs(model).map((s) => [s.key, s]))

/** A generous estimate of the bubble's size for its words (hall-words.css: 15 px type; under 520 px wide, 13 px and three lines at most). */
function bubbleSize(text: string, view: { width: number }): { w: number; h: number } {
  const small = view.width < 520
  const font = small ? 13 : 15
  const w = Math.min(300, view.width * (small ? 0.62 : 0.5))
  const perLine = Math.floor((w - 28) / font)
  const units = [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.6), 0)
  const lines = Math.ceil(units / perLine) + 1
  return { w, h: Math.min(lines, small ? 3 : Infinity) * font * 1.4 + 20 }
}

/** A generous estimate of a sign's box on screen (hall-words.css), where the label layer puts it. */
function signBox(key: string, at: (p: Point) => Point): Rect {
  const spec = specs.get(key)!
  const p = at(spec.anchor)
  const size = spec.kind === 'window' ? { w: 130, h: 40 } : spec.kind === 'zone' ? { w: 190, h: 64 } : { w: 150, h: 42 }
  const centred = spec.kind === 'window' || spec.kind === 'zone'
  return { x: p.x - size.w / 2, y: centred ? p.y - size.h / 2 : p.y - size.h, ...size }
}

describe('the guide’s bubble', () => {
  for (const [screen, view] of Object.entries(canvases)) {
    it(`covers neither the guide nor the place a step names, at every scene step of every script, on a ${screen}`, () => {
      const covered: string[] = []
      for (const script of scripts) {
        let guide: Point = { x: model.entrance.x + 70, y: model.entrance.y }
        for (const step of script.steps) {
          if (step.kind !== 'scene') continue
          const target = placeTarget(model, step.place)
          if (isPlaceError(target)) throw new Error(target.error)
          // Every cue but "point" brings the guide to the place; "point" frames the place and where the guide stands.
          if (step.cue !== 'point') guide = guideSpot(model, target.point)
          const focus = step.cue === 'point' ? union([target.focus, inflate({ ...guide, w: 1, h: 1 }, 200)]) : target.focus
          const camera = cameraFor(model, focus, view)
          const at = (p: Point) => toScreen(camera, view, p)
          const thing = thingOf(model, target)
          const middle = at(project({ x: thing.rect.x + thing.rect.w / 2, y: thing.rect.y + thing.rect.h / 2 }))
          const subject = subjectBox(camera, view, thing, signBox(target.key, at), middle)
          const person = personBox(camera, view, guide)
          for (const say of [step.say.zh, step.say.en] satisfies Text[keyof Text][]) {
            const bubble = placeBubble(bubbleSize(say, view), person, subject, view)
            if (overlap(bubble, subject) > 0 || overlap(bubble, person) > 0) covered.push(`${script.id}/${step.id} (${target.key})`)
          }
        }
      }
      expect(covered).toEqual([])
    })
  }

  it('goes to the other side when the place is on the guide’s right', () => {
    const guide = { x: 200, y: 100, w: 20, h: 50 }
    const subject = { x: 225, y: 60, w: 150, h: 120 }
    const placed = placeBubble({ w: 120, h: 60 }, guide, subject, { width: 400, height: 300 })
    expect(placed).toEqual({ side: 'left', x: 68, y: 95, w: 120, h: 60 })
  })

  it('goes below the guide and the place together when neither side of the guide has room', () => {
    const guide = { x: 100, y: 100, w: 20, h: 50 }
    const subject = { x: 125, y: 60, w: 150, h: 120 }
    const placed = placeBubble({ w: 120, h: 60 }, guide, subject, { width: 400, height: 300 })
    // Under the pair (their bottom is 180), centred on the guide (x 110).
    expect(placed).toEqual({ side: 'below', x: 50, y: 192, w: 120, h: 60 })
  })
})
