import { describe, expect, it } from 'vitest'
import type { HallCue } from '../../core/scenes/hall-cues.ts'
import { catalogue, openShop } from '../journey/test-fixtures.ts'
import { Journey } from './journey.svelte.ts'

describe('Journey', () => {
  it('opens on the first question with the greeting, and reaches the check page in one answer per question', () => {
    const journey = new Journey(openShop)
    expect(journey.placeKey).toBe('business-type')
    expect(journey.screen.kind === 'question' && journey.screen.narration.map((s) => s.id)).toEqual(['welcome'])
    expect(journey.progress).toEqual({ number: 1, left: { fewest: 3, most: 3 } })
    journey.answer('company')
    journey.answer(true)
    journey.answer(80)
    journey.answer(['hire'])
    expect(journey.view).toBe('check')
    journey.confirm()
    expect(journey.view).toBe('result')
  })

  it('opens a step of the route for a studio preview, not the end the answers reach', () => {
    const journey = new Journey(openShop)
    journey.openAt({ 'business-type': 'company', 'sells-food': true, area: 80, extras: ['none'] }, 'area')
    expect(journey.stepId).toBe('area')
    expect(journey.view).not.toBe('result')
    expect(journey.answers.area).toBe(80)
  })

  it('goes back one question keeping the earlier answer, and knows Back on the first question leaves the journey', () => {
    const journey = new Journey(openShop)
    expect(journey.canGoBack).toBe(false)
    journey.answer('company')
    expect(journey.canGoBack).toBe(true)
    journey.back()
    expect(journey.placeKey).toBe('business-type')
    expect(journey.answers['business-type']).toBe('company')
  })

  it('returns to the check page after an answer is changed from it', () => {
    const journey = new Journey(openShop, { 'business-type': 'company', 'sells-food': true, area: 80, extras: ['none'] })
    journey.back() // from the list to the check page
    expect(journey.view).toBe('check')
    journey.edit('sells-food')
    expect(journey.placeKey).toBe('sells-food')
    journey.answer(false)
    expect(journey.view).toBe('check')
    expect(journey.answers['sells-food']).toBe(false)
  })

  it('opens a share link straight on the list, and a history entry on its own place', () => {
    const answers = { 'business-type': 'sole-trader', 'sells-food': false, area: 20, extras: ['none'] }
    expect(new Journey(openShop, answers).view).toBe('result')
    expect(new Journey(openShop, answers, { question: 'area' }).placeKey).toBe('area')
  })

  it('builds the list from the catalogue it is given', () => {
    const journey = new Journey(openShop, { 'business-type': 'sole-trader', 'sells-food': true, area: 20, extras: ['none'] })
    expect(journey.outcome).toBeNull()
    journey.useCatalogue(catalogue)
    expect(journey.outcome?.items.map((i) => i.matterId)).toEqual(['sole-trader-registration', 'food-business-licence'])
  })

  it('tells the hall the scenes of each screen, and the last one to a hall that starts later', () => {
    const journey = new Journey(openShop)
    expect(journey.hall).toMatchObject({ type: 'hall.scenes', question: 'business-type', scenes: [{ step: 'welcome', cue: 'greet' }] })
    const told: HallCue[] = []
    const stop = journey.onHall((cue) => told.push(cue))
    journey.answer('company')
    stop()
    journey.answer(true)
    expect(told).toEqual([{ type: 'hall.scenes', question: 'sells-food', scenes: [] }])
  })
})

describe('Journey.visit (browser Back and Forward)', () => {
  it('moves to a place keeping every answer given, even those past it', () => {
    const journey = new Journey(openShop)
    journey.answer('company')
    journey.answer(true)
    journey.visit({ question: 'business-type' })
    expect(journey.placeKey).toBe('business-type')
    journey.visit({ question: 'area' })
    expect(journey.placeKey).toBe('area')
    expect(journey.answers).toEqual({ 'business-type': 'company', 'sells-food': true })
  })
})
