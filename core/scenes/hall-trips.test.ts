import { describe, expect, it } from 'vitest'
import { shippedContent } from '../../test/fixtures/shipped-content.ts'
import { hallTrips } from './hall-trips.ts'
import { buildOutcome } from './outcome.ts'
import type { OutcomeItem } from './outcome-item.ts'
import { enumeratePaths } from './paths.ts'
import type { Step } from './script.ts'

const say = { zh: '这里。', en: 'Here.' }
const scene = (id: string, window: number, cue: string): Step => ({ id, kind: 'scene', place: { window }, say, cue, next: 'x' })
const item = (matterId: string, visits: number, window: number) => ({ matterId, visits, windows: [{ number: window, zone: 'z', zoneName: say }] }) as OutcomeItem

describe('hallTrips', () => {
  it('counts a route through several windows as one trip when a window takes documents over the counter', () => {
    expect(hallTrips([scene('a', 1, 'hand-over'), scene('b', 5, 'point'), scene('c', 15, 'point'), scene('d', 7, 'walk')], [item('m', 0, 1)])).toEqual({ trips: 1, windows: [1, 5, 15, 7] })
  })

  it('counts one trip when a window on the route handles a matter that needs the citizen there, whatever its cue', () => {
    expect(hallTrips([scene('a', 10, 'point')], [item('sign', 1, 10)]).trips).toBe(1)
  })

  it('counts no trip when the route only points at windows of matters done fully online', () => {
    expect(hallTrips([scene('a', 5, 'point'), scene('b', 7, 'walk')], [item('tax', 0, 5), item('food', 0, 7)]).trips).toBe(0)
  })

  it('counts as many trips as the matter needing the most visits', () => {
    expect(hallTrips([scene('a', 1, 'hand-over')], [item('apply-then-collect', 2, 9)]).trips).toBe(2)
  })

})

/**
 * The figure each shipped situation's list must show, and why, written by hand from the scripts and
 * the matter files: every shipped route walks the visitor to a counter to hand documents over.
 */
const expected: Record<string, { trips: number; why: string }> = {
  newborn: { trips: 1, why: 'every route hands documents over at window 17 (newborn medical insurance); birth certificate (12) and household (13) are on the same walk' },
  'open-business': { trips: 1, why: 'every route hands the registration over at window 1, then walks 5, 15, 7 (and 4 for a seal) on the same trip' },
  'open-restaurant': { trips: 1, why: 'every route hands the food licence application over at window 7; fire (9), signboard/sewage (10) and tobacco (11) are on the same walk' },
  'second-hand-home': { trips: 1, why: 'buyer and seller hand over the tax declaration at window 23 and register at 21 on the same visit (their visit rules say so)' },
}

describe.each(shippedContent.scenes.map((s) => [s.id, s] as const))('the hall trips on the list of %s', (id, script) => {
  it(`are ${expected[id]?.trips} on every route: ${expected[id]?.why}`, () => {
    const routes = enumeratePaths(script)
    for (const route of routes) {
      const outcome = buildOutcome(script, shippedContent, route.answers)!
      expect(outcome.totals.hallVisits, route.path.join(' > ')).toBe(expected[id]!.trips)
      expect(outcome.routeWindows.length).toBeGreaterThan(0)
    }
  })
})
