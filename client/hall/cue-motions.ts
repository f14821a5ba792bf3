import type { Point, Rect } from '../../core/content/hall-layout.ts'
import type { AnimationCue } from '../../core/scenes/cues.ts'

/** What a cue may do on the hall stage; HallView provides it. Each call adds to a timeline at time `at` (s). */
export type CueStage = {
  /** Guide and visitor walk to the place; returns when they arrive. */
  walk(at: number): number
  /** The camera frames the place (and, when pointing, where the guide stands). */
  frame(at: number, withGuide: boolean): number
  /** The guide raises an arm: a wave, or a point toward the place. */
  gesture(kind: 'wave' | 'point', at: number): number
  /** A small object (a ticket, papers) travels from one point to another. */
  carry(from: Point, to: Point, colour: number, at: number): number
  /** Something at the place lights up (a kiosk screen, a counter). */
  glow(at: number): number
  /** The visitor sits down (a little lower) or stands up. */
  sit(at: number): number
  /** Both hop with joy. */
  hop(at: number): number
  /** The visitor's standing point and the place's own rectangle, for carried objects. */
  visitorAt(): Point
  thing: Rect
}

const centre = (r: Rect): Point => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 })

/**
 * The motion of each cue a scene script may name (core/scenes/cues.ts). Every cue ends with the
 * guide and visitor at the place except `point`, where the guide shows it from where they stand.
 */
export const cueMotions: Record<AnimationCue, (stage: CueStage) => void> = {
  greet: (s) => {
    s.frame(0, false)
    const arrived = s.walk(0)
    s.gesture('wave', arrived)
  },
  walk: (s) => {
    s.frame(0, false)
    s.walk(0)
  },
  point: (s) => {
    s.frame(0, true)
    s.gesture('point', 0.2)
  },
  'take-ticket': (s) => {
    s.frame(0, false)
    const arrived = s.walk(0)
    s.carry(centre(s.thing), s.visitorAt(), 0xffffff, arrived)
  },
  wait: (s) => {
    s.frame(0, false)
    s.sit(s.walk(0))
  },
  'hand-over': (s) => {
    s.frame(0, false)
    const arrived = s.walk(0)
    s.carry(s.visitorAt(), centre(s.thing), 0xf4f1ea, arrived)
  },
  'use-kiosk': (s) => {
    s.frame(0, false)
    s.glow(s.walk(0))
  },
  celebrate: (s) => {
    s.frame(0, false)
    s.hop(s.walk(0))
  },
}

/** The cue's motion, or plain walking for a cue this view does not know (the checks reject those in content). */
export function motionOf(cue: string): (stage: CueStage) => void {
  return (cueMotions as Record<string, (stage: CueStage) => void>)[cue] ?? cueMotions.walk
}
