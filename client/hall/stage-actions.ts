import { Graphics, type Container } from 'pixi.js'
import type { Point, Rect } from '../../core/content/hall-layout.ts'
import { distance, union } from '../../core/hall/geometry.ts'
import { findPath } from '../../core/hall/find-path.ts'
import { guideSpot } from '../../core/hall/guide-spot.ts'
import type { HallModel } from '../../core/hall/hall-model.ts'
import type { PlaceTarget } from '../../core/hall/place-target.ts'
import type { CueStage } from './cue-motions.ts'
import type { Figure } from './figures.ts'
import { palette } from './palette.ts'
import { floorDepth, project, projectRect } from './projection.ts'

/** Walks never take longer than this (s): the hall shows the way, it does not make people wait. */
export const longestWalk = 3
const walkSpeed = 450 // cm per second, an easy walking pace sped up for the screen
/** One step (s): the legs swap this often while walking. */
const stepTime = 0.18

/** What the stage actions need of the view: the people, a layer for marks, and a way to move the camera. */
export type StageParts = {
  model: HallModel
  guide: Figure
  visitor: Figure
  marks: Container
  /** The longest a walk may take (s): shorter in the kiosk's all-day loop, where every drawn frame costs. */
  longestWalk: number
  moveCamera(tl: gsap.core.Timeline, focus: Rect, at: number): number
  arrived(who: 'guide' | 'visitor', key: string): void
}

/** The cue stage for one scene step: every action adds its tweens to `tl` for the place `target`. */
export function stageActions(parts: StageParts, tl: gsap.core.Timeline, target: PlaceTarget, thing: Rect): CueStage {
  const { guide, visitor, marks, model } = parts
  const here = (f: Figure): Point => ({ x: f.root.x, y: f.root.y / floorDepth })
  return {
    thing,
    visitorAt: () => target.point,
    walk(at) {
      tl.set([guide.body.scale, visitor.body.scale], { x: 1, y: 1 }, at)
      const guideEnd = walkAlong(tl, guide, findPath(model, here(guide), guideSpot(model, target.point)), at, parts.longestWalk)
      const visitorEnd = walkAlong(tl, visitor, findPath(model, here(visitor), target.point), at + 0.25, parts.longestWalk)
      tl.call(() => parts.arrived('guide', target.key), undefined, guideEnd)
      tl.call(() => parts.arrived('visitor', target.key), undefined, visitorEnd)
      return Math.max(guideEnd, visitorEnd)
    },
    frame(at, withGuide) {
      const g = here(guide)
      const focus = withGuide ? union([target.focus, { x: g.x - 200, y: g.y - 200, w: 400, h: 400 }]) : target.focus
      return parts.moveCamera(tl, focus, at)
    },
    gesture(kind, at) {
      if (kind === 'wave') {
        tl.to(guide.arm, { rotation: -2.6, duration: 0.25 }, at)
        tl.to(guide.arm, { rotation: -2.1, duration: 0.2, yoyo: true, repeat: 3 }, at + 0.25)
        tl.to(guide.arm, { rotation: 0, duration: 0.25 }, at + 1.05)
        return at + 1.3
      }
      const from = project(here(guide), 120)
      const to = project(target.point)
      const angle = Math.atan2(to.y - from.y, to.x - from.x) - Math.PI / 2
      tl.to(guide.arm, { rotation: angle, duration: 0.3 }, at)
      const line = new Graphics().moveTo(from.x, from.y).lineTo(to.x, to.y).stroke({ width: 10, color: palette.highlight, cap: 'round' })
      line.alpha = 0
      marks.addChild(line)
      tl.to(line, { alpha: 0.9, duration: 0.4 }, at + 0.2)
      return at + 0.6
    },
    carry(from, to, colour, at) {
      const a = project(from, 100)
      const b = project(to, 100)
      const item = new Graphics().roundRect(-12, -15, 24, 30, 3).fill(colour).stroke({ width: 3, color: palette.counterFront })
      item.position.set(a.x, a.y)
      item.alpha = 0
      marks.addChild(item)
      tl.to(item, { alpha: 1, duration: 0.15 }, at)
      tl.to(item, { x: b.x, y: b.y, duration: 0.8, ease: 'power1.inOut' }, at + 0.15)
      tl.to(item, { alpha: 0, duration: 0.25 }, at + 1.1)
      return at + 1.35
    },
    glow(at) {
      const r = projectRect(thing, 0, 150)
      const glow = new Graphics().roundRect(r.x - 10, r.y - 10, r.w + 20, r.h + 20, 10).fill({ color: palette.highlight, alpha: 0.5 })
      glow.alpha = 0
      marks.addChild(glow)
      tl.to(glow, { alpha: 1, duration: 0.3, yoyo: true, repeat: 3 }, at)
      return at + 1.2
    },
    sit(at) {
      tl.to(visitor.body.scale, { y: 0.8, duration: 0.4 }, at)
      return at + 0.4
    },
    hop(at) {
      tl.to([guide.body, visitor.body], { y: -18, duration: 0.22, yoyo: true, repeat: 3, ease: 'power1.out' }, at)
      return at + 0.88
    },
  }
}

/**
 * Adds a walk along `path` (plan points) to `tl` from time `at`, with alternating steps and a small
 * bob, facing the way it goes, taking at most `longest` seconds. Returns the arrival time.
 */
export function walkAlong(tl: gsap.core.Timeline, who: Figure, path: Point[], at: number, longest = longestWalk): number {
  if (path.length < 2) return at
  const total = path.slice(1).reduce((sum, p, i) => sum + distance(path[i]!, p), 0)
  const speed = Math.max(walkSpeed, total / longest)
  let t = at
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1]!
    const to = path[i]!
    const duration = distance(from, to) / speed
    const end = project(to)
    if (to.x !== from.x) tl.set(who.body.scale, { x: to.x < from.x ? -1 : 1 }, t)
    tl.to(who.root, { x: end.x, y: end.y, duration, ease: 'none' }, t)
    t += duration
  }
  const steps = Math.max(1, Math.round((t - at) / stepTime))
  const [left, right] = who.legs
  tl.fromTo(left, { y: 0 }, { y: -5, duration: stepTime, yoyo: true, repeat: steps - 1, ease: 'sine.inOut' }, at)
  tl.fromTo(right, { y: -5 }, { y: 0, duration: stepTime, yoyo: true, repeat: steps - 1, ease: 'sine.inOut' }, at)
  tl.to(who.body, { y: -2, duration: stepTime / 2, yoyo: true, repeat: steps * 2 - 1 }, at)
  tl.set([left, right, who.body], { y: 0 }, t)
  return t
}
