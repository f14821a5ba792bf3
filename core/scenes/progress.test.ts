import { describe, expect, it } from 'vitest'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { progressOf } from './progress.ts'

const script = scriptFixture('open-restaurant')

describe('progressOf', () => {
  it('counts the current question among the fewest questions to an outcome', () => {
    expect(progressOf(script, {}, 'registered')).toEqual({ index: 1, total: 5 })
    expect(progressOf(script, { registered: true, area: 80 }, 'extras')).toEqual({ index: 3, total: 5 })
  })

  it('grows the total when a branch adds a question', () => {
    expect(progressOf(script, { registered: true, area: 80, extras: ['signboard'] }, 'sign-lit')).toEqual({ index: 4, total: 6 })
  })

  it('shows all questions done at the outcome', () => {
    const answers = { registered: true, area: 80, extras: ['none'], staff: false, agent: false }
    expect(progressOf(script, answers, 'result')).toEqual({ index: 5, total: 5 })
    expect(progressOf(script, answers, 'welcome')).toEqual({ index: 1, total: 5 })
  })
})
