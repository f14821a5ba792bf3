import { describe, expect, it } from 'vitest'
import { hallStartsShown } from './hall-opt-in.ts'

describe('hallStartsShown', () => {
  it('loads the hall by itself beside the question on a wide screen', () => {
    expect(hallStartsShown({ narrow: false, saveData: false, remembered: null })).toBe(true)
  })

  it('waits for a tap on a phone and when the citizen asked to save data', () => {
    expect(hallStartsShown({ narrow: true, saveData: false, remembered: null })).toBe(false)
    expect(hallStartsShown({ narrow: false, saveData: true, remembered: null })).toBe(false)
  })

  it('loads by itself on a phone where the citizen opened it before', () => {
    expect(hallStartsShown({ narrow: true, saveData: true, remembered: '1' })).toBe(true)
  })
})
