import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HallLayout, hallPlan } from '../content/hall-layout.ts'
import { buildHallModel } from './hall-model.ts'
import { isPlaceError, placeTarget } from './place-target.ts'
import { routeThrough } from './route-through.ts'

const layout = hallPlan(HallLayout.parse(JSON.parse(readFileSync('content/hall/layout.json', 'utf8'))))
const model = buildHallModel(layout)
const inside = (r: { x: number; y: number; w: number; h: number }, p: { x: number; y: number }) =>
  p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h

describe('placeTarget', () => {
  it('sends the guide to a window’s standing spot and frames its counter', () => {
    const target = placeTarget(model, { window: 7 })
    if (isPlaceError(target)) throw new Error(target.error)
    const w = model.windows.find((x) => x.number === 7)!
    expect(target.point).toEqual(w.spot)
    expect(target.key).toBe('window:7')
    expect(inside(target.focus, { x: w.counter.x, y: w.counter.y })).toBe(true)
    expect(inside(target.focus, { x: w.counter.x + w.counter.w, y: w.counter.y + w.counter.h })).toBe(true)
  })

  it('sends the guide to a zone’s centre and to the front of a facility', () => {
    const zone = placeTarget(model, { zone: 'waiting' })
    const desk = placeTarget(model, { facility: 'guide-desk' })
    if (isPlaceError(zone) || isPlaceError(desk)) throw new Error('expected both places to exist')
    expect(zone.point).toEqual({ x: 1300 + 1100, y: 800 + 600 })
    // The guide desk faces south: its front is below it.
    expect(desk.point.y).toBeGreaterThan(2450 + 100)
  })

  it('returns an error that names an unknown place and what exists', () => {
    const missing = placeTarget(model, { window: 99 })
    expect(isPlaceError(missing) && missing.error).toMatch(/^window 99 is not in the hall layout \(windows: 1, 2, 3/)
    const zone = placeTarget(model, { zone: 'roof' })
    expect(isPlaceError(zone) && zone.error).toMatch(/zone "roof" is not in the hall layout/)
    const facility = placeTarget(model, { facility: 'cafe' })
    expect(isPlaceError(facility) && facility.error).toMatch(/facility "cafe" is not in the hall layout \(facilities: entrance, guide-desk/)
  })
})

describe('routeThrough', () => {
  it('walks from the entrance through the windows in the given order', () => {
    const legs = routeThrough(model, [1, 7, 15])
    expect(legs).toHaveLength(3)
    expect(legs[0]![0]).toEqual(model.entrance)
    expect(legs[0]!.at(-1)).toEqual(model.windows.find((w) => w.number === 1)!.spot)
    expect(legs[1]![0]).toEqual(legs[0]!.at(-1))
    expect(legs[2]!.at(-1)).toEqual(model.windows.find((w) => w.number === 15)!.spot)
  })

  it('leaves an empty leg for a window that is not in the layout and carries on from the last one', () => {
    const legs = routeThrough(model, [1, 99, 7])
    expect(legs[1]).toEqual([])
    expect(legs[2]![0]).toEqual(model.windows.find((w) => w.number === 1)!.spot)
  })
})
