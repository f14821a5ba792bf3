import { z } from 'zod'
import { Slug } from '../content/text.ts'

/**
 * One anonymous journey event: which scene script, which step, and for a finished journey which
 * outcome step. Strict, ids only: no answers, no free text, no identifiers, no time finer than the day
 * the server stamps, so a record cannot be tied to a person.
 */
export const JourneyEvent = z
  .object({
    kind: z.enum(['started', 'stopped', 'finished']),
    scene: Slug,
    step: Slug,
    outcome: Slug.optional(),
  })
  .strict()
  .refine((e) => (e.kind === 'finished') === (e.outcome !== undefined), { message: 'give an outcome exactly when the journey finished', path: ['outcome'] })
export type JourneyEvent = z.infer<typeof JourneyEvent>

/** As stored: the event and the day it arrived (China date), nothing else. */
export type JourneyRecord = JourneyEvent & { day: string }

/** Per scene script: how many started, where those who left stopped, which outcomes were reached. */
export type SceneFunnel = { scene: string; started: number; finished: number; stoppedAt: Record<string, number>; outcomes: Record<string, number> }

/** Aggregates stored events into one funnel per scene script, sorted by scene id. */
export function aggregateFunnel(records: readonly JourneyEvent[]): SceneFunnel[] {
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
