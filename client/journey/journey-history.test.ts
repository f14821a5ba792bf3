import { describe, expect, it } from 'vitest'
import { journeyEntry, placeOfEntry, samePlace } from './journey-history.ts'

describe('journey history entries', () => {
  it('give back the place they were made with, for their own situation only', () => {
    const entry = journeyEntry('open-restaurant', { question: 'floor-area' }, 2)
    expect(placeOfEntry(structuredClone(entry), 'open-restaurant')).toEqual({ question: 'floor-area' })
    expect(placeOfEntry(entry, 'newborn')).toBeUndefined()
    expect(placeOfEntry(journeyEntry('newborn', { page: 'list' }, 0), 'newborn')).toEqual({ page: 'list' })
  })

  it('name no place for a page entry without journey state or with a mangled one', () => {
    for (const state of [null, undefined, 7, {}, { journey: null }, { journey: { scene: 'newborn', at: 'list' } }, { journey: { scene: 'newborn', at: { page: 'home' } } }]) {
      expect(placeOfEntry(state, 'newborn')).toBeUndefined()
    }
  })

  it('tell places apart by question or page', () => {
    expect(samePlace({ question: 'a' }, { question: 'a' })).toBe(true)
    expect(samePlace({ question: 'a' }, { question: 'b' })).toBe(false)
    expect(samePlace({ page: 'check' }, { page: 'list' })).toBe(false)
    expect(samePlace({ page: 'list' }, { question: 'list' })).toBe(false)
  })
})
