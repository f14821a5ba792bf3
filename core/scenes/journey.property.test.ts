import fc from 'fast-check'
import { initialTransition, transition } from 'xstate'
import { describe, expect, it } from 'vitest'
import { catalogue } from '../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { compileScene } from './compile.ts'
import type { JourneyEvent } from './journey.ts'
import { buildOutcome } from './outcome.ts'
import { enumeratePaths } from './paths.ts'
import { walkPath } from './walk.ts'

const script = scriptFixture('open-restaurant')
const machine = compileScene(script)
const stepIds = script.steps.map((s) => s.id)

const anyValue = fc.oneof(
  fc.boolean(),
  fc.integer({ min: -10, max: 30000 }),
  fc.constantFrom('signboard', 'tobacco', 'none', 'yes', ''),
  fc.subarray(['signboard', 'tobacco', 'none', 'karaoke']),
)
const anyAnswers = fc.dictionary(fc.constantFrom(...stepIds, 'unknown'), anyValue)
const anyEvent: fc.Arbitrary<JourneyEvent> = fc.oneof(
  anyValue.map((value) => ({ type: 'ANSWER' as const, value })),
  fc.constant({ type: 'NEXT' as const }),
  fc.constant({ type: 'BACK' as const }),
  fc.constantFrom(...stepIds, 'nowhere').map((step) => ({ type: 'EDIT' as const, step })),
  anyAnswers.map((answers) => ({ type: 'RESTORE' as const, answers })),
)

describe('the journey machine under random use', () => {
  it('never throws, and its state always agrees with the walk of its answers', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
        let [snapshot] = initialTransition(machine)
        for (const event of events) {
          ;[snapshot] = transition(machine, snapshot, event)
          const { path } = snapshot.context
          expect(path.at(-1)).toBe(snapshot.value)
          expect(walkPath(script, snapshot.context.answers).path.slice(0, path.length)).toEqual(path)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('gives the same outcome for the same answers, in whatever order they were given', () => {
    const routes = enumeratePaths(script)
    fc.assert(
      fc.property(fc.constantFrom(...routes), fc.integer(), (route, seed) => {
        const entries = Object.entries(route.answers)
        const shuffled = fc.sample(fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }), { seed, numRuns: 1 })[0]!
        // Answer one question at a time in a shuffled order, through RESTORE as a share link would.
        let [snapshot] = initialTransition(machine)
        const given: Record<string, unknown> = {}
        for (const [id, value] of shuffled) {
          given[id] = value
          ;[snapshot] = transition(machine, snapshot, { type: 'RESTORE', answers: { ...snapshot.context.answers, ...(given as object) } })
        }
        expect(snapshot.value).toBe(route.outcome)
        expect(buildOutcome(script, catalogue, snapshot.context.answers)).toEqual(buildOutcome(script, catalogue, route.answers))
      }),
      { numRuns: 200 },
    )
  })

  it('reaches the same outcome whether answered straight through or after going back and editing', () => {
    const routes = enumeratePaths(script)
    fc.assert(
      fc.property(fc.constantFrom(...routes), fc.constantFrom(...routes), (detour, route) => {
        let [snapshot] = initialTransition(machine)
        const answerAlong = (answers: Record<string, unknown>) => {
          for (let i = 0; i < 30 && !snapshot.hasTag('outcome'); i++) {
            const here = String(snapshot.value)
            const event: JourneyEvent = snapshot.hasTag('question') ? { type: 'ANSWER', value: answers[here] as never } : { type: 'NEXT' }
            const [next] = transition(machine, snapshot, event)
            if (next === snapshot) break
            snapshot = next
          }
        }
        answerAlong(detour.answers)
        // Change every answer through EDIT, from the first question on, and walk on to the end.
        ;[snapshot] = transition(machine, snapshot, { type: 'EDIT', step: 'registered' })
        answerAlong(route.answers)
        expect(snapshot.value).toBe(route.outcome)
        expect(buildOutcome(script, catalogue, snapshot.context.answers)).toEqual(buildOutcome(script, catalogue, route.answers))
      }),
      { numRuns: 150 },
    )
  })
})
