import fc from 'fast-check'
import { initialTransition, transition } from 'xstate'
import { describe, expect, it } from 'vitest'
import { catalogue } from '../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { compileScene, type JourneyEvent } from './compile.ts'
import { buildOutcome } from './outcome.ts'
import { enumeratePaths } from './paths.ts'
import { walkAnswers } from './walk.ts'

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
const anyPlace = fc.option(fc.oneof(fc.constantFrom(...stepIds, 'nowhere').map((question) => ({ question })), fc.constantFrom('check' as const, 'list' as const).map((page) => ({ page }))), { nil: undefined })
const anyEvent: fc.Arbitrary<JourneyEvent> = fc.oneof(
  anyValue.map((value) => ({ type: 'ANSWER' as const, value })),
  fc.constant({ type: 'BACK' as const }),
  fc.constant({ type: 'CONFIRM' as const }),
  fc.constant({ type: 'RESTART' as const }),
  fc.constantFrom(...stepIds, 'nowhere').map((question) => ({ type: 'EDIT' as const, question })),
  fc.tuple(anyAnswers, anyPlace).map(([answers, at]) => ({ type: 'RESTORE' as const, answers, ...(at ? { at } : {}) })),
)

describe('the journey machine under random use', () => {
  it('never throws, and always shows a question of its route, or the check page or list of a finished one', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
        let [snapshot] = initialTransition(machine)
        for (const event of events) {
          ;[snapshot] = transition(machine, snapshot, event)
          const { walk, screen } = snapshot.context
          expect(walk).toEqual(walkAnswers(script, walk.answers))
          if (screen.kind === 'question') expect(walk.questions).toContain(screen.question.id)
          else expect(walk.ended).toBe(true)
          expect(snapshot.value).toBe(screen.kind)
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
        // Give one answer at a time in a shuffled order, through RESTORE as a share link would.
        let [snapshot] = initialTransition(machine)
        const given: Record<string, unknown> = {}
        for (const [id, value] of shuffled) {
          given[id] = value
          ;[snapshot] = transition(machine, snapshot, { type: 'RESTORE', answers: { ...snapshot.context.walk.answers, ...(given as object) } })
        }
        expect(snapshot.value).toBe('list')
        expect(snapshot.context.walk.stop).toBe(route.outcome)
        expect(buildOutcome(script, catalogue, snapshot.context.walk.answers)).toEqual(buildOutcome(script, catalogue, route.answers))
      }),
      { numRuns: 200 },
    )
  })

  it('reaches the same outcome whether answered straight through or after changing answers from the check page', () => {
    const routes = enumeratePaths(script)
    fc.assert(
      fc.property(fc.constantFrom(...routes), fc.constantFrom(...routes), (detour, route) => {
        let [snapshot] = initialTransition(machine)
        const answerAlong = (answers: Record<string, unknown>) => {
          for (let i = 0; i < 30 && snapshot.context.screen.kind === 'question'; i++) {
            const [next] = transition(machine, snapshot, { type: 'ANSWER', value: answers[snapshot.context.screen.question.id] as never })
            if (next.context === snapshot.context) break
            snapshot = next
          }
        }
        answerAlong(detour.answers)
        expect(snapshot.value).toBe('check')
        ;[snapshot] = transition(machine, snapshot, { type: 'EDIT', question: 'registered' })
        answerAlong(route.answers)
        for (const question of snapshot.context.walk.questions) {
          if (snapshot.context.walk.answers[question] === route.answers[question]) continue
          ;[snapshot] = transition(machine, snapshot, { type: 'EDIT', question })
          answerAlong(route.answers)
        }
        expect(snapshot.value).toBe('check')
        expect(snapshot.context.walk.stop).toBe(route.outcome)
        expect(buildOutcome(script, catalogue, snapshot.context.walk.answers)).toEqual(buildOutcome(script, catalogue, route.answers))
      }),
      { numRuns: 150 },
    )
  })
})
