import type { Department } from '../content/department.ts'
import type { Facility, Facing, HallPlan, PlanWindow, Point, Rect } from '../content/hall-layout.ts'
import type { Text } from '../content/text.ts'
import { centreOf } from './geometry.ts'

/** How far in front of a counter or desk a person stands (cm): clear of the counter with a body's width. */
export const standingGap = 60

/** What the hall needs of the catalogue to name departments (the plan names its windows' first matters); optional. */
export type HallNames = {
  departments?: Pick<Department, 'id' | 'name' | 'shortName'>[]
}

export type ModelZone = HallPlan['zones'][number] & { centre: Point }
export type ModelWindow = Omit<PlanWindow, 'departments'> & {
  departments: { id: string; name?: Text }[]
  /** Where the visitor stands to be served: in front of the counter on its facing side. */
  spot: Point
}
export type ModelFacility = Facility & { front: Point }
export type Obstacle = { id: string; rect: Rect }

/** The hall as the animation and the path finder see it: layout data with derived spots and obstacles. */
export type HallModel = {
  size: HallPlan['size']
  zones: ModelZone[]
  windows: ModelWindow[]
  facilities: ModelFacility[]
  /** Everything people walk around: counters and every facility that blocks (desks, seats, kiosks...). */
  obstacles: Obstacle[]
  /** Where visitors come in: the entrance facility's centre, else the middle of the bottom wall. */
  entrance: Point
}

/**
 * Maps the hall plan (`content/hall/layout.json` as GET /api/hall serves it) to the hall model. No geometry is invented here: every point is
 * derived from a rectangle and a facing side in the layout, so moving a counter moves its spot.
 */
export function buildHallModel(layout: HallPlan, names: HallNames = {}): HallModel {
  const departmentNames = new Map((names.departments ?? []).map((d) => [d.id, d.shortName ?? d.name]))
  const windows = layout.windows.map((w) => ({
    ...w,
    departments: w.departments.map((id) => ({ id, name: departmentNames.get(id) })),
    spot: inFront(w.counter, w.facing),
  }))
  const facilities = layout.facilities.map((f) => ({ ...f, front: f.facing ? inFront(f.rect, f.facing) : centreOf(f.rect) }))
  const obstacles = [
    ...layout.windows.map((w) => ({ id: `window:${w.number}`, rect: w.counter })),
    ...layout.facilities.filter((f) => f.blocks !== false).map((f) => ({ id: `facility:${f.id}`, rect: f.rect })),
  ]
  const door = layout.facilities.find((f) => f.kind === 'entrance')
  return {
    size: layout.size,
    zones: layout.zones.map((z) => ({ ...z, centre: centreOf(z.rect) })),
    windows,
    facilities,
    obstacles,
    entrance: door ? centreOf(door.rect) : { x: layout.size.w / 2, y: layout.size.h - standingGap },
  }
}

/** The point `standingGap` beyond the middle of the `facing` side of `rect`. */
export function inFront(rect: Rect, facing: Facing): Point {
  const c = centreOf(rect)
  switch (facing) {
    case 'north':
      return { x: c.x, y: rect.y - standingGap }
    case 'south':
      return { x: c.x, y: rect.y + rect.h + standingGap }
    case 'west':
      return { x: rect.x - standingGap, y: c.y }
    case 'east':
      return { x: rect.x + rect.w + standingGap, y: c.y }
  }
}
