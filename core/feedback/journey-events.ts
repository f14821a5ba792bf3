import { z } from 'zod'
import { Slug } from '../content/text.ts'

/**
 * One anonymous journey event: which scene script, which step, and for a finished journey which
 * outcome step. Strict, ids only: no answers, no free text, no time finer than the day the server
 * stamps, so a record cannot be tied to a person. `journey` is a random id the page makes for one
 * walk through a scene (never stored): the server takes one start and one end per journey with it.
 */
export const JourneyEvent = z
  .object({
    kind: z.enum(['started', 'stopped', 'finished']),
    journey: z.string().regex(/^[A-Za-z0-9_-]{12,32}$/, 'a random id of 12-32 letters, digits, - or _'),
    scene: Slug,
    step: Slug,
    outcome: Slug.optional(),
  })
  .strict()
  .refine((e) => (e.kind === 'finished') === (e.outcome !== undefined), { message: 'give an outcome exactly when the journey finished', path: ['outcome'] })
export type JourneyEvent = z.infer<typeof JourneyEvent>

/** What the funnel counts of an event: its kind, scene, step and outcome, without the journey id. */
export type JourneyStep = Omit<JourneyEvent, 'journey'>
/** As stored: the event without its journey id, and the day it arrived (China date), nothing else. */
export type JourneyRecord = JourneyStep & { day: string }

/** Per scene script: how many started, where those who left stopped, which outcomes were reached. */
export type SceneFunnel = { scene: string; started: number; finished: number; stoppedAt: Record<string, number>; outcomes: Record<string, number> }

/** Aggregates stored events into one funnel per scene script, sorted by scene id. */
export function aggregateFunnel(records: readonly JourneyStep[]): SceneFunnel[] {
  const byScene = new Map<string, SceneFunnel>()
  for (const r of records) {
    const f = byScene.get(r.scene) ?? { scene: r.scene, started: 0, finished: 0, stoppedAt: {}, outcomes: {} }
    byScene.set(r.scene, f)
    if (r.kind === 'started') f.started++
    else if (r.kind === 'stopped') f.stoppedAt[r.step] = (f.stoppedAt[r.step] ?? 0) + 1
    else {
      f.finished++
      f.outcomes[r.outcome!] = (f.outcomes[r.outcome!] ?? 0) + 1
    }
  }
  return [...byScene.values()].sort((a, b) => a.scene.localeCompare(b.scene))
}
