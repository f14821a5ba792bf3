import { describe, expect, it } from 'vitest'
import { asSimple, firstComparison, fromSimple, operatorsFor, withOperator } from './comparison-choices.ts'

const text = { zh: '问', en: 'Ask' }

describe('the studio condition drop-downs', () => {
  it('offer only the operators the check accepts for the question kind', () => {
    expect(operatorsFor({ input: 'yes-no' })).toEqual(['is'])
    expect(operatorsFor({ input: 'multiple' })).toEqual(['includes'])
    expect(operatorsFor({ input: 'number' })).toContain('gte')
  })

  it('start from a valid comparison when a question is picked', () => {
    expect(firstComparison({ id: 'area', kind: 'question', input: 'number', text, min: 1, next: 'x' })).toEqual({ answer: 'area', gte: 1 })
    expect(firstComparison({ id: 'extras', kind: 'question', input: 'multiple', text, options: [{ value: 'sign', label: text }, { value: 'none', label: text }], next: 'x' })).toEqual({ answer: 'extras', includes: 'sign' })
  })

  it('read a one-operator comparison back and leave compound conditions to be shown as text', () => {
    expect(asSimple({ answer: 'has-licence', is: false })).toEqual({ answer: 'has-licence', operator: 'is', value: false })
    expect(fromSimple({ answer: 'area', operator: 'gte', value: 50 })).toEqual({ answer: 'area', gte: 50 })
    expect(asSimple({ all: [{ answer: 'a', is: true }] })).toBeNull()
  })
})

describe('the studio\'s "is one of" comparison', () => {
  it('offers "is" and "in" for a single-choice question and keeps the chosen option when switching between them', () => {
    expect(operatorsFor({ input: 'single' })).toEqual(['is', 'in'])
    expect(withOperator({ answer: 'form', operator: 'is', value: 'company' }, 'in')).toEqual({ answer: 'form', in: ['company'] })
    expect(withOperator({ answer: 'form', operator: 'in', value: ['sole-trader', 'company'] }, 'is')).toEqual({ answer: 'form', is: 'sole-trader' })
  })

  it('reads an "in" comparison back with its options, and leaves "answered" to be shown as text', () => {
    expect(asSimple({ answer: 'household', in: ['father', 'mother', 'both'] })).toEqual({ answer: 'household', operator: 'in', value: ['father', 'mother', 'both'] })
    expect(asSimple({ answer: 'area', answered: true })).toBeNull()
  })
})
