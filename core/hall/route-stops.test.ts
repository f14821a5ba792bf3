import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HallLayout, hallPlan } from '../content/hall-layout.ts'
import { buildHallModel } from './hall-model.ts'
import { routeFocus, routeStops } from './route-stops.ts'

const model = buildHallModel(hallPlan(HallLayout.parse(JSON.parse(readFileSync('content/hall/layout.json', 'utf8')))))

describe('routeStops', () => {
  it('gives each window of the route one stop, in the aisle in front of its counter', () => {
    // Window 7 faces south (counter 2700–2860 × 150–210), window 13 west (counter 4590–4650 × 700–860).
    expect(routeStops(model, [7, 13])).toEqual([
      { window: 7, orders: [1], spot: { x: 2780, y: 270 }, aisle: { x: 0, y: 1 } },
      { window: 13, orders: [2], spot: { x: 4530, y: 780 }, aisle: { x: -1, y: 0 } },
    ])
  })

  it('makes one marker of a window the route comes back to, with both places in the order', () => {
    expect(routeStops(model, [7, 9, 7]).map((s) => [s.window, s.orders])).toEqual([
      [7, [1, 3]],
      [9, [2]],
    ])
  })

  it('leaves out a window missing from the layout, keeping the others’ places in the order', () => {
    expect(routeStops(model, [1, 99, 7]).map((s) => [s.window, s.orders])).toEqual([
      [1, [1]],
      [7, [3]],
    ])
  })
})

describe('routeFocus', () => {
  it('frames every point of the route with 2.5 m of floor around', () => {
    expect(routeFocus([[{ x: 1000, y: 2000 }, { x: 1000, y: 300 }], [{ x: 1000, y: 300 }, { x: 2000, y: 300 }]])).toEqual({ x: 750, y: 50, w: 1501, h: 2201 })
    expect(routeFocus([[], []])).toBeUndefined()
  })
})
