import { describe, expect, it } from 'vitest'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { answerCandidates } from './answer-candidates.ts'
import type { QuestionStep } from './script.ts'
import { comparisonsByQuestion } from './script-conditions.ts'

const script = scriptFixture('open-restaurant')
const comparisons = comparisonsByQuestion(script)
const candidates = (id: string) => answerCandidates(script.steps.find((s) => s.id === id) as QuestionStep, comparisons.get(id) ?? [])

describe('answerCandidates', () => {
  it('gives one number per region the conditions cut', () => {
    expect(candidates('area')).toEqual({ values: [49, 50], exact: true })
  })

  it('gives every combination of the options conditions test, and one answer for the rest', () => {
    expect(candidates('extras')).toEqual({ values: [['none'], ['signboard'], ['tobacco'], ['signboard', 'tobacco']], exact: true })
  })

  it('gives both answers of a yes-no question', () => {
    expect(candidates('staff').values).toEqual([true, false])
  })

  it('keeps numbers inside the question’s limits', () => {
    const area = script.steps.find((s) => s.id === 'area') as QuestionStep
    const atZero = [{ answer: 'area', operator: 'gt' as const, value: 0, pointer: '/x/gt', answerPointer: '/x/answer' }]
    expect(answerCandidates(area, atZero).values).toEqual([1])
  })
})
