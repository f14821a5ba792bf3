import { describe, expect, it } from 'vitest'
import { openShop } from '../journey/test-fixtures.ts'
import { forgetJourney, journeyFor } from './journey.svelte.ts'

describe('journeyFor with a new version of the same script (live preview)', () => {
  it('keeps the journey while the script is the same object', () => {
    forgetJourney()
    const journey = journeyFor(openShop)
    expect(journeyFor(openShop)).toBe(journey)
  })

  it('renews the journey with the answers still valid and goes on from where it was', () => {
    forgetJourney()
    const journey = journeyFor(openShop)
    journey.answer('company')
    const edited = structuredClone(openShop)
    const renewed = journeyFor(edited)
    expect(renewed).not.toBe(journey)
    expect(renewed.script).toBe(edited)
    expect(renewed.answers).toEqual({ 'business-type': 'company' })
    expect(renewed.placeKey).toBe('sells-food')
  })

  it('drops an answer the new version no longer accepts', () => {
    forgetJourney()
    const journey = journeyFor(openShop)
    journey.answer('company')
    const edited = structuredClone(openShop)
    const question = edited.steps.find((s) => s.id === 'business-type')!
    if (question.kind === 'question') question.options = question.options!.filter((o) => o.value !== 'company')
    expect(journeyFor(edited).answers).toEqual({})
    expect(journeyFor(edited).placeKey).toBe('business-type')
  })
})
