import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HallLayout, hallPlan, type HallPlan } from '../content/hall-layout.ts'
import { buildHallModel } from './hall-model.ts'

const layout = hallPlan(HallLayout.parse(JSON.parse(readFileSync('content/hall/layout.json', 'utf8'))))

function withWindowOneAt(x: number, y: number, facing: 'north' | 'south' | 'east' | 'west'): HallPlan {
  return { ...layout, windows: layout.windows.map((w) => (w.number === 1 ? { ...w, counter: { ...w.counter, x, y }, facing } : w)) }
}

describe('buildHallModel', () => {
  it('moves a window’s standing spot when its counter moves in the layout', () => {
    const before = buildHallModel(layout).windows.find((w) => w.number === 1)!
    const after = buildHallModel(withWindowOneAt(2000, 600, 'south')).windows.find((w) => w.number === 1)!
    expect(after.spot.x - before.spot.x).toBe(2000 - 400)
    expect(after.spot.y - before.spot.y).toBe(600 - 150)
  })

  it('puts the visitor on the counter’s facing side, outside the counter', () => {
    const { counter } = layout.windows.find((w) => w.number === 1)!
    const spotFacing = (facing: 'north' | 'south' | 'east' | 'west') =>
      buildHallModel(withWindowOneAt(counter.x, counter.y, facing)).windows.find((w) => w.number === 1)!.spot
    expect(spotFacing('south').y).toBeGreaterThan(counter.y + counter.h)
    expect(spotFacing('north').y).toBeLessThan(counter.y)
    expect(spotFacing('east').x).toBeGreaterThan(counter.x + counter.w)
    expect(spotFacing('west').x).toBeLessThan(counter.x)
  })

  it('treats counters and blocking facilities as obstacles, but not the entrance mat', () => {
    const ids = buildHallModel(layout).obstacles.map((o) => o.id)
    expect(ids).toContain('window:7')
    expect(ids).toContain('facility:guide-desk')
    expect(ids).toContain('facility:seating-1')
    expect(ids).not.toContain('facility:entrance')
  })

  it('names departments when given them and keeps their ids without them, and keeps the plan’s matter names and counts', () => {
    const departments = [{ id: 'market-regulation', name: { zh: '市场监督管理局', en: 'Market Regulation' }, shortName: { zh: '市场监管', en: 'Market' } }]
    const food = { id: 'food-business-licence', name: { zh: '食品经营许可', en: 'Food business licence' } }
    const plan = hallPlan(HallLayout.parse(JSON.parse(readFileSync('content/hall/layout.json', 'utf8'))), (n) => (n === 7 ? [food] : []))
    const named = buildHallModel(plan, { departments }).windows.find((w) => w.number === 7)!
    expect(named.departments[0]).toEqual({ id: 'market-regulation', name: { zh: '市场监管', en: 'Market' } })
    expect(named.matters).toEqual([food])
    expect(named.matterCount).toBe(1)
    const bare = buildHallModel(plan).windows.find((w) => w.number === 7)!
    expect(bare.departments[0]).toEqual({ id: 'market-regulation', name: undefined })
  })

  it('starts visitors at the entrance', () => {
    const door = layout.facilities.find((f) => f.kind === 'entrance')!
    const { entrance } = buildHallModel(layout)
    expect(entrance.x).toBe(door.rect.x + door.rect.w / 2)
    expect(entrance.y).toBe(door.rect.y + door.rect.h / 2)
  })
})
