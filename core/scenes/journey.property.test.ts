import fc from 'fast-check'
import { initialTransition, transition } from 'xstate'
import { describe, expect, it } from 'vitest'
import { catalogue } from '../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { compileScene } from './compile.ts'
import type { JourneyEvent } from './journey.ts'
import { buildOutcome } from './outcome.ts'
import { enumeratePaths } from './paths.ts'

const script = scriptFixture('open-restaurant')
const machine = compileScene(script)
const stepIds = script.steps.map((s) => s.id)
/** Where each step may lead, read off the script's `next` (a target or a list of branches). */
const edges = new Set(script.steps.flatMap((s) => ('next' in s ? (typeof s.next === 'string' ? [s.next] : s.next.map((b) => b.to)).map((to) => `${s.id}->${to}`) : [])))

/** Drives the machine as the page does (NEXT past scenes and notes, ANSWER at questions) and lists the steps it stood on. */
function visited(answers: Record<string, unknown>): string[] {
  let [snapshot] = initialTransition(machine)
  const seen = [String(snapshot.value)]
  while (!snapshot.hasTag('outcome') && seen.length < 30) {
    const here = String(snapshot.value)
    ;[snapshot] = transition(machine, snapshot, snapshot.hasTag('question') ? { type: 'ANSWER', value: answers[here] as never } : { type: 'NEXT' })
    seen.push(String(snapshot.value))
  }
  expect(snapshot.context.path).toEqual(seen)
  return seen
}

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

// The routes of test/fixtures/scenes/open-restaurant.json, written out by hand from the script.
describe('the journey machine on known routes', () => {
  it('explains registration and small premises to an unregistered applicant with a small shop and a sign', () => {
    expect(visited({ registered: false, area: 30, extras: ['signboard'], 'sign-lit': true, staff: true, agent: false })).toEqual([
      'welcome', 'registered', 'about-registration', 'area', 'small-premises', 'extras', 'sign-lit', 'staff', 'agent', 'to-window', 'result',
    ])
  })

  it('goes straight through for a registered applicant with a large shop and no extras', () => {
    expect(visited({ registered: true, area: 80, extras: ['none'], staff: false, agent: true })).toEqual([
      'welcome', 'registered', 'area', 'extras', 'staff', 'agent', 'to-window', 'result',
    ])
  })

  it('treats 50 m² as not small, and asks about the sign only when a sign is chosen', () => {
    expect(visited({ registered: true, area: 50, extras: ['tobacco'], staff: true, agent: false })).toEqual([
      'welcome', 'registered', 'area', 'extras', 'staff', 'agent', 'to-window', 'result',
    ])
    expect(visited({ registered: true, area: 49, extras: ['tobacco', 'signboard'], 'sign-lit': false, staff: true, agent: false })).toEqual([
      'welcome', 'registered', 'area', 'small-premises', 'extras', 'sign-lit', 'staff', 'agent', 'to-window', 'result',
    ])
  })
})

describe('the journey machine under random use', () => {
  it('never throws, and its path always starts at the welcome, follows the script, repeats no step and ends where it is', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
        let [snapshot] = initialTransition(machine)
        for (const event of events) {
          ;[snapshot] = transition(machine, snapshot, event)
          const { path } = snapshot.context
          expect(path[0]).toBe('welcome')
          expect(path.at(-1)).toBe(snapshot.value)
          expect(new Set(path).size).toBe(path.length)
          expect(path.slice(1).filter((to, i) => !edges.has(`${path[i]}->${to}`))).toEqual([])
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
