import { describe, expect, it } from 'vitest'
import { hallPlan, type Point, type Rect } from '../../core/content/hall-layout.ts'
import { buildHallModel } from '../../core/hall/hall-model.ts'
import { routeFocus, routeStops } from '../../core/hall/route-stops.ts'
import { routeThrough } from '../../core/hall/route-through.ts'
import { enumeratePaths } from '../../core/scenes/paths.ts'
import { hallCueOf, routeAfterQuestions } from '../../core/scenes/screens.ts'
import { walkAnswers } from '../../core/scenes/walk.ts'
import { hallCanvases } from '../../test/fixtures/hall-canvases.ts'
import { shippedContent } from '../../test/fixtures/shipped-content.ts'
import { labelSpecs } from './label-specs.ts'
import { overlap } from './place-bubble.ts'
import { placeStops } from './place-stops.ts'
import { project } from './projection.ts'
import { cameraFor, toScreen } from './scene-camera.ts'

const model = buildHallModel(hallPlan(shippedContent.hall), { departments: shippedContent.departments })
const windowSigns = labelSpecs(model).filter((s) => s.kind === 'window')

/** Every outcome route of every shipped script: the windows of the visit in order, once per distinct route. */
const routes = [
  ...new Set(
    shippedContent.scenes.flatMap((script) =>
      enumeratePaths(script).map((p) => hallCueOf({ kind: 'list', route: routeAfterQuestions(script, walkAnswers(script, p.answers)) })),
    ).flatMap((cue) => (cue.type === 'hall.route' && cue.windows.length > 0 ? [cue.windows.join(',')] : [])),
  ),
].map((r) => r.split(',').map(Number))

/** Text width in CSS px, generously: a CJK character is as wide as the type, anything else 0.62 of it. */
const textWidth = (text: string, px: number) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? px : px * 0.62), 0)

/**
 * A generous estimate of a window sign's box (hall-words.css: 6 px padding across, the number at 16 px
 * bold, the department in both languages at 12 px), centred on its anchor as the label layer puts it:
 * the whole sign for the route's windows, the number plate for the others.
 */
function signBox(spec: (typeof windowSigns)[number], at: (p: Point) => Point, whole: boolean): Rect {
  const p = at(spec.anchor)
  const number = textWidth(spec.number!, 16) + 2
  const size = whole ? { w: 12 + number + 5 + Math.max(textWidth(spec.name.zh, 12), textWidth(spec.name.en, 12)), h: 34 } : { w: 12 + number, h: 24 }
  return { x: p.x - size.w / 2, y: p.y - size.h / 2, ...size }
}

/** A generous estimate of a stop marker's size (hall-words.css: 26 px tall, 14 px bold digits, 6 px padding). */
const markerSize = (orders: number[]) => ({ w: Math.max(26, 16 + textWidth(orders.join('·'), 14)), h: 26 })

describe('the route’s stop markers', () => {
  it('are laid out for the routes of every shipped script', () => expect(routes.length).toBeGreaterThan(3))

  for (const [screen, view] of Object.entries(hallCanvases)) {
    it(`cover neither each other nor a window’s sign, and stay in view, on every shipped route on a ${screen}`, () => {
      const problems: string[] = []
      for (const windows of routes) {
        const camera = cameraFor(model, routeFocus(routeThrough(model, windows))!, view)
        const at = (p: Point) => toScreen(camera, view, p)
        const stops = routeStops(model, windows)
        const onRoute = new Set(windows.map((n) => `window:${n}`))
        const signs = windowSigns.map((s) => ({ key: s.key, box: signBox(s, at, onRoute.has(s.key)) }))
        const markers = placeStops(
          stops.map((s) => ({ at: at(project(s.spot)), aisle: s.aisle, size: markerSize(s.orders) })),
          signs.map((s) => s.box),
          view,
        )
        const route = windows.join('→')
        markers.forEach((m, i) => {
          const name = `${route}: stop ${stops[i]!.orders.join('·')}`
          for (const sign of signs) if (overlap(m, sign.box) > 0) problems.push(`${name} covers the sign of ${sign.key}`)
          markers.forEach((other, j) => j > i && overlap(m, other) > 0 && problems.push(`${name} covers stop ${stops[j]!.orders.join('·')}`))
          if (m.x < 0 || m.y < 0 || m.x + m.w > view.width || m.y + m.h > view.height) problems.push(`${name} is out of view`)
        })
      }
      expect(problems).toEqual([])
    })
  }

  it('steps a row out into the aisle when the next window’s marker would touch it', () => {
    // Three windows 17 px apart along a wall, their aisle below them (south-facing counters).
    const stop = (x: number) => ({ at: { x, y: 100 }, aisle: { x: 0, y: 1 }, size: { w: 26, h: 26 } })
    const placed = placeStops([stop(100), stop(117), stop(134)], [], { width: 400, height: 300 })
    expect(placed).toEqual([
      { x: 87, y: 106, w: 26, h: 26 },
      { x: 104, y: 135, w: 26, h: 26 },
      { x: 121, y: 106, w: 26, h: 26 },
    ])
  })

  it('keeps off a sign hanging over the aisle by stepping further out', () => {
    const sign = { x: 60, y: 100, w: 80, h: 40 }
    const placed = placeStops([{ at: { x: 100, y: 90 }, aisle: { x: 0, y: 1 }, size: { w: 26, h: 26 } }], [sign], { width: 400, height: 300 })
    // Rows start 6 px below the stop and are 29 px apart: the first clear of the sign (bottom 140) is the third.
    expect(placed).toEqual([{ x: 87, y: 154, w: 26, h: 26 }])
  })
})
