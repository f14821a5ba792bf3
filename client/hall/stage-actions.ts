import { Graphics, type Container } from 'pixi.js'
import type { Point, Rect } from '../../core/content/hall-layout.ts'
import { distance, inflate, union } from '../../core/hall/geometry.ts'
import { findPath } from '../../core/hall/find-path.ts'
import type { HallModel } from '../../core/hall/hall-model.ts'
import type { PlaceTarget } from '../../core/hall/place-target.ts'
import { isFree, walkGrid } from '../../core/hall/walk-grid.ts'
import type { CueStage } from './cue-motions.ts'
import type { Figure } from './figures.ts'
import { palette } from './palette.ts'

/** Walks never take longer than this (s): the hall shows the way, it does not make people wait. */
const longestWalk = 3
const walkSpeed = 450 // cm per second, an easy walking pace

/** What the stage actions need of the view: the people, a layer for marks, and a way to move the camera. */
export type StageParts = {
  model: HallModel
  guide: Figure
  visitor: Figure
  marks: Container
  moveCamera(tl: gsap.core.Timeline, focus: Rect, at: number): number
  arrived(who: 'guide' | 'visitor', key: string): void
}

/** The cue stage for one scene step: every action adds its tweens to `tl` for the place `target`. */
export function stageActions(parts: StageParts, tl: gsap.core.Timeline, target: PlaceTarget, thing: Rect): CueStage {
  const { guide, visitor, marks, model } = parts
  const here = (f: Figure): Point => ({ x: f.root.x, y: f.root.y })
  return {
    thing,
    visitorAt: () => target.point,
    walk(at) {
      tl.set([guide.body.scale, visitor.body.scale], { x: 1, y: 1 }, at)
      const guideEnd = walkAlong(tl, guide, findPath(model, here(guide), beside(model, target.point)), at)
      const visitorEnd = walkAlong(tl, visitor, findPath(model, here(visitor), target.point), at + 0.25)
      tl.call(() => parts.arrived('guide', target.key), undefined, guideEnd)
      tl.call(() => parts.arrived('visitor', target.key), undefined, visitorEnd)
      return Math.max(guideEnd, visitorEnd)
    },
    frame(at, withGuide) {
      const g = here(guide)
      const focus = withGuide ? union([target.focus, inflate({ x: g.x, y: g.y, w: 1, h: 1 }, 200)]) : target.focus
      return parts.moveCamera(tl, focus, at)
    },
    gesture(kind, at) {
      if (kind === 'wave') {
        tl.to(guide.arm, { rotation: -2.6, duration: 0.25 }, at)
        tl.to(guide.arm, { rotation: -2.1, duration: 0.2, yoyo: true, repeat: 3 }, at + 0.25)
        tl.to(guide.arm, { rotation: 0, duration: 0.25 }, at + 1.05)
        return at + 1.3
      }
      const g = here(guide)
      const angle = Math.atan2(target.point.y - g.y, target.point.x - g.x) - Math.PI / 2
      tl.to(guide.arm, { rotation: angle, duration: 0.3 }, at)
      const line = new Graphics().moveTo(g.x, g.y - 30).lineTo(target.point.x, target.point.y).stroke({ width: 10, color: palette.highlight, cap: 'round' })
      line.alpha = 0
      marks.addChild(line)
      tl.to(line, { alpha: 0.9, duration: 0.4 }, at + 0.2)
      return at + 0.6
    },
    carry(from, to, colour, at) {
      const item = new Graphics().roundRect(-16, -20, 32, 40, 4).fill(colour).stroke({ width: 3, color: palette.counter })
      item.position.set(from.x, from.y - 40)
      item.alpha = 0
      marks.addChild(item)
      tl.to(item, { alpha: 1, duration: 0.15 }, at)
      tl.to(item, { x: to.x, y: to.y - 40, duration: 0.8, ease: 'power1.inOut' }, at + 0.15)
      tl.to(item, { alpha: 0, duration: 0.25 }, at + 1.1)
      return at + 1.35
    },
    glow(at) {
      const glow = new Graphics().roundRect(thing.x - 12, thing.y - 12, thing.w + 24, thing.h + 24, 12).fill({ color: palette.highlight, alpha: 0.5 })
      glow.alpha = 0
      marks.addChild(glow)
      tl.to(glow, { alpha: 1, duration: 0.3, yoyo: true, repeat: 3 }, at)
      return at + 1.2
    },
    sit(at) {
      tl.to(visitor.body.scale, { y: 0.86, duration: 0.4 }, at)
      return at + 0.4
    },
    hop(at) {
      tl.to([guide.body, visitor.body], { y: -26, duration: 0.22, yoyo: true, repeat: 3, ease: 'power1.out' }, at)
      return at + 0.88
    },
  }
}

/** Adds a walk along `path` to `tl` from time `at`; returns the arrival time. */
export function walkAlong(tl: gsap.core.Timeline, who: Figure, path: Point[], at: number): number {
  if (path.length < 2) return at
  const total = path.slice(1).reduce((sum, p, i) => sum + distance(path[i]!, p), 0)
  const speed = Math.max(walkSpeed, total / longestWalk)
  let t = at
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1]!
    const to = path[i]!
    const duration = distance(from, to) / speed
    if (to.x !== from.x) tl.set(who.body.scale, { x: to.x < from.x ? -1 : 1 }, t)
    tl.to(who.root, { x: to.x, y: to.y, duration, ease: 'none' }, t)
    t += duration
  }
  tl.to(who.body, { y: -7, duration: 0.16, yoyo: true, repeat: Math.max(1, Math.floor((t - at) / 0.16) - 1) }, at)
  tl.set(who.body, { y: 0 }, t)
  return t
}

// The guide stands a step beside the visitor's spot, on whichever side is clear.
function beside(model: HallModel, p: Point): Point {
  const grid = walkGrid(model)
  const options = [{ x: p.x + 70, y: p.y }, { x: p.x - 70, y: p.y }, { x: p.x, y: p.y + 70 }, { x: p.x, y: p.y - 70 }]
  return options.find((o) => isFree(grid, o)) ?? p
}
