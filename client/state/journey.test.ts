import { describe, expect, it } from 'vitest'
import { openShop } from '../journey/test-fixtures.ts'
import { Journey } from './journey.svelte.ts'

describe('Journey', () => {
  it('walks from the greeting through each question to the check page', () => {
    const journey = new Journey(openShop)
    expect(journey.stepId).toBe('welcome')
    journey.next()
    expect(journey.progress).toEqual({ index: 1, total: 4 })
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

  it('goes back one step keeping the earlier answer', () => {
    const journey = new Journey(openShop)
    journey.next()
    journey.answer('company')
    journey.back()
    expect(journey.stepId).toBe('business-type')
    expect(journey.answers['business-type']).toBe('company')
  })

  it('returns to the check page after an answer is changed from it', () => {
    const journey = new Journey(openShop, { 'business-type': 'company', 'sells-food': true, area: 80, extras: ['none'] })
    journey.back() // from the result to the check page
    expect(journey.view).toBe('check')
    journey.send({ type: 'EDIT', step: 'sells-food' })
    expect(journey.stepId).toBe('sells-food')
    journey.answer(false)
    expect(journey.view).toBe('check')
    expect(journey.answers['sells-food']).toBe(false)
  })

  it('opens a share link straight on the result', () => {
    const journey = new Journey(openShop, { 'business-type': 'sole-trader', 'sells-food': false, area: 20, extras: ['none'] })
    expect(journey.view).toBe('result')
  })
})
