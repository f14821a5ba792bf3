import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HallLayout, hallPlan, type HallPlan, type Point } from '../content/hall-layout.ts'
import { segmentCrosses } from './geometry.ts'
import { buildHallModel, type HallModel } from './hall-model.ts'
import { findPath } from './find-path.ts'

const layout = hallPlan(HallLayout.parse(JSON.parse(readFileSync('content/hall/layout.json', 'utf8'))))
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
  }, 60_000)

  it('walks along the aisles: every stretch of a route runs along one of the hall’s axes', () => {
    const places = [model.entrance, ...model.windows.map((w) => w.spot), ...model.facilities.map((f) => f.front)]
    const slanted: string[] = []
    for (const a of places) {
      for (const b of places.slice(0, 12)) {
        const path = findPath(model, a, b)
        // The first and last few centimetres may jog from an exact point onto the half-metre grid.
        path.slice(1).forEach((p, i) => {
          const q = path[i]!
          const jog = (i === 0 || i === path.length - 2) && Math.hypot(p.x - q.x, p.y - q.y) <= 36
          if (p.x !== q.x && p.y !== q.y && !jog) slanted.push(`${JSON.stringify(q)}->${JSON.stringify(p)}`)
        })
      }
    }
    expect(slanted).toEqual([])
  }, 60_000)

  it('goes down the aisle below a counter block, just clear of it, and up the other side', () => {
    // A 10 × 6 m room with one counter block from the north wall, worked out by hand on the half-metre
    // grid: the block grown by a body's radius ends at y 425, so row y 425 is the first free one. Along it
    // (28 steps, 2 turns) brushing past the block costs 6 × 0.6 + 2 × 0.3 and the east wall's second ring
    // 7 × 0.3: 40.3 in all; one row further out (y 475) costs 30 steps + 6 + 9 × 0.3 + 7 × 0.3 = 40.8.
    const room: HallPlan = {
      ...layout,
      size: { w: 1000, h: 600 },
      zones: [{ id: 'room', name: { zh: '房间', en: 'Room' }, kind: 'acceptance', rect: { x: 0, y: 0, w: 1000, h: 600 }, matterCount: 0 }],
      windows: [{ ...layout.windows[0]!, zone: 'room', counter: { x: 400, y: 0, w: 200, h: 400 } }],
      facilities: [],
    }
    expect(findPath(buildHallModel(room), { x: 100, y: 100 }, { x: 900, y: 100 })).toEqual([
      { x: 100, y: 100 },
      { x: 100, y: 425 },
      { x: 900, y: 425 },
      { x: 900, y: 100 },
    ])
  })

  it('takes a visitor from the entrance north past the guide desk, west along the open floor, then up the aisle to window 1', () => {
    const path = findPath(model, model.entrance, model.windows.find((w) => w.number === 1)!.spot)
    expect(path).toHaveLength(4)
    const [door, pastDesk, corner, window1] = path as [Point, Point, Point, Point]
    expect(door).toEqual({ x: 2400, y: 2950 })
    // The open floor between the guide desk (its south edge at 2550) and the kiosks and copier (north edges 2880).
    expect(pastDesk.x).toBe(2400)
    expect(pastDesk.y).toBeGreaterThan(2575)
    expect(pastDesk.y).toBeLessThan(2855)
    expect(corner).toEqual({ x: 480, y: pastDesk.y })
    expect(window1).toEqual({ x: 480, y: 270 })
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
    const a = { x: 1000, y: 2225 }
    const b = { x: 1800, y: 2225 }
    expect(findPath(model, a, b)).toEqual([a, b])
  })

  it('finds no route into a walled-off corner', () => {
    const walled: HallPlan = {
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
