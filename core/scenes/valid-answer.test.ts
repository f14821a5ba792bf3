import { describe, expect, it } from 'vitest'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import type { QuestionStep } from './script.ts'
import { isValidAnswer } from './valid-answer.ts'

const script = scriptFixture('open-restaurant')
const question = (id: string) => script.steps.find((s) => s.id === id) as QuestionStep

describe('isValidAnswer', () => {
  it('takes yes or no as true or false only', () => {
    expect(isValidAnswer(question('registered'), false)).toBe(true)
    expect(isValidAnswer(question('registered'), 'yes')).toBe(false)
  })

  it('keeps numbers within the question’s limits', () => {
    expect(isValidAnswer(question('area'), 1)).toBe(true)
    expect(isValidAnswer(question('area'), 20000)).toBe(true)
    expect(isValidAnswer(question('area'), 0)).toBe(false)
    expect(isValidAnswer(question('area'), Number.NaN)).toBe(false)
    expect(isValidAnswer(question('area'), '80')).toBe(false)
  })

  it('takes one or more distinct options of a multiple-choice question', () => {
    expect(isValidAnswer(question('extras'), ['signboard', 'tobacco'])).toBe(true)
    expect(isValidAnswer(question('extras'), [])).toBe(false)
    expect(isValidAnswer(question('extras'), ['tobacco', 'tobacco'])).toBe(false)
    expect(isValidAnswer(question('extras'), ['karaoke'])).toBe(false)
    expect(isValidAnswer(question('extras'), 'tobacco')).toBe(false)
  })
})
