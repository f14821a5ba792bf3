import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HallLayout, type Point } from '../content/hall-layout.ts'
import { segmentCrosses } from './geometry.ts'
import { buildHallModel, type HallModel } from './hall-model.ts'
import { findPath } from './find-path.ts'

const layout = HallLayout.parse(JSON.parse(readFileSync('content/hall/layout.json', 'utf8')))
const model = buildHallModel(layout)

function crossings(m: HallModel, path: Point[]): string[] {
  const hits: string[] = []
  for (let i = 1; i < path.length; i++) {
    for (const o of m.obstacles) if (segmentCrosses(path[i - 1]!, path[i]!, o.rect)) hits.push(o.id)
  }
  return hits
}

describe('findPath', () => {
  it('reaches every window and facility from the entrance in the real layout', () => {
    const targets = [...model.windows.map((w) => ({ id: `window ${w.number}`, at: w.spot })), ...model.facilities.map((f) => ({ id: f.id, at: f.front }))]
    const unreachable = targets.filter((t) => findPath(model, model.entrance, t.at).length === 0).map((t) => t.id)
    expect(unreachable).toEqual([])
  })

  it('ends exactly at a window’s standing spot and starts at the entrance', () => {
    const spot = model.windows.find((w) => w.number === 13)!.spot
    const path = findPath(model, model.entrance, spot)
    expect(path[0]).toEqual(model.entrance)
    expect(path.at(-1)).toEqual(spot)
  })

  it('never walks through a counter, desk, seat or kiosk between any two places', () => {
    const places = [model.entrance, ...model.windows.map((w) => w.spot), ...model.facilities.map((f) => f.front)]
    for (const a of places) {
      for (const b of places) expect(crossings(model, findPath(model, a, b))).toEqual([])
    }
  })

  it('never walks through an obstacle between random points on the floor', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: model.size.w }), y: fc.integer({ min: 0, max: model.size.h }) })
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(crossings(model, findPath(model, a, b))).toEqual([])
      }),
      { numRuns: 150 },
    )
  })

  it('goes around the row of counters rather than between them to reach the staff side', () => {
    // Window 1 faces south; its far (north) side is behind the counter row.
    const behind = { x: 480, y: 60 }
    const path = findPath(model, model.windows.find((w) => w.number === 1)!.spot, behind)
    expect(crossings(model, path)).toEqual([])
    expect(path.length).toBeGreaterThan(2)
  })

  it('walks straight when nothing is in the way', () => {
    const a = { x: 1000, y: 2200 }
    const b = { x: 1800, y: 2200 }
    expect(findPath(model, a, b)).toEqual([a, b])
  })

  it('finds no route into a walled-off corner', () => {
    const walled: HallLayout = {
      ...layout,
      facilities: [
        ...layout.facilities,
        { id: 'wall-a', kind: 'lift', name: { zh: '墙', en: 'Wall' }, rect: { x: 0, y: 2400, w: 600, h: 40 }, blocks: true },
        { id: 'wall-b', kind: 'lift', name: { zh: '墙', en: 'Wall' }, rect: { x: 600, y: 2400, w: 40, h: 600 }, blocks: true },
      ],
    }
    expect(findPath(buildHallModel(walled), model.entrance, { x: 200, y: 2700 })).toEqual([])
  })
})
