import { describe, expect, it } from 'vitest'
import { comparisonsIn } from './comparisons.ts'
import { questionsRead } from './questions-read.ts'

describe('questionsRead', () => {
  it('lists each question a condition reads once, in order', () => {
    const condition = {
      all: [{ answer: 'food', is: true }, { any: [{ answer: 'area', gte: 50 }, { not: { answer: 'food', answered: true } }] }],
    }
    expect(questionsRead(condition)).toEqual(['food', 'area'])
  })
})

describe('comparisonsIn', () => {
  it('gives every comparison with the pointer of its operator', () => {
    const condition = { all: [{ answer: 'food', is: true }, { not: { answer: 'area', lt: 50 } }] }
    expect(comparisonsIn(condition, '/steps/2/next/0/when')).toEqual([
      { answer: 'food', operator: 'is', value: true, pointer: '/steps/2/next/0/when/all/0/is', answerPointer: '/steps/2/next/0/when/all/0/answer' },
      { answer: 'area', operator: 'lt', value: 50, pointer: '/steps/2/next/0/when/all/1/not/lt', answerPointer: '/steps/2/next/0/when/all/1/not/answer' },
    ])
  })
})
