import type { Text } from '../content/text.ts'
import type { Place } from './script.ts'

/** One scene step as the hall plays it: the guide goes to `place` and plays `cue`, saying `say`. */
export type SceneCue = { step: string; cue: string; place: Place; say: Text }

/**
 * What the journey machine tells the hall, emitted (`actor.on('hall.scenes', ...)`) each time the
 * visitor arrives on a screen, and kept as `context.hall` for a hall view that starts later.
 *
 * - `hall.scenes`: the scene steps told along with the question now on screen, in route order
 *   (consecutive scenes collapse into one screen; the hall walks them one after the other).
 *   Empty when the question has no scene before it: the hall stays where it was.
 * - `hall.route`: the visit itself, shown with the check page and the list: the scene steps after
 *   the last question, in order, and the numbered windows among their places.
 *
 * Stable for the hall view (client/hall): add fields, never rename them.
 */
export type HallCue =
  | { type: 'hall.scenes'; question: string; scenes: SceneCue[] }
  | { type: 'hall.route'; scenes: SceneCue[]; windows: number[] }
