import { describe, expect, it } from 'vitest'
import { evaluate } from './evaluate.ts'

const answers = { employees: 3, 'business-type': 'company', services: ['food', 'drink'], outdoor: false }

describe('evaluate', () => {
  it('compares numbers with gt, gte, lt and lte', () => {
    expect(evaluate({ answer: 'employees', gt: 0 }, answers)).toBe(true)
    expect(evaluate({ answer: 'employees', gt: 3 }, answers)).toBe(false)
    expect(evaluate({ answer: 'employees', gte: 3 }, answers)).toBe(true)
    expect(evaluate({ answer: 'employees', lt: 3 }, answers)).toBe(false)
    expect(evaluate({ answer: 'employees', lte: 3 }, answers)).toBe(true)
  })

  it('matches one choice with is and in', () => {
    expect(evaluate({ answer: 'business-type', is: 'company' }, answers)).toBe(true)
    expect(evaluate({ answer: 'business-type', in: ['sole-trader', 'company'] }, answers)).toBe(true)
    expect(evaluate({ answer: 'business-type', in: ['sole-trader'] }, answers)).toBe(false)
    expect(evaluate({ answer: 'outdoor', is: false }, answers)).toBe(true)
  })

  it('looks inside multiple-choice answers with includes', () => {
    expect(evaluate({ answer: 'services', includes: 'food' }, answers)).toBe(true)
    expect(evaluate({ answer: 'services', includes: 'tobacco' }, answers)).toBe(false)
    expect(evaluate({ answer: 'business-type', includes: 'company' }, answers)).toBe(false)
  })

  it('treats a comparison on an unanswered question as false', () => {
    expect(evaluate({ answer: 'area', lt: 50 }, answers)).toBe(false)
    expect(evaluate({ answer: 'area', gte: 50 }, answers)).toBe(false)
    expect(evaluate({ not: { answer: 'area', lt: 50 } }, answers)).toBe(true)
  })

  it('tells answered from unanswered questions', () => {
    expect(evaluate({ answer: 'area', answered: false }, answers)).toBe(true)
    expect(evaluate({ answer: 'employees', answered: true }, answers)).toBe(true)
    expect(evaluate({ answer: 'employees', answered: false }, answers)).toBe(false)
  })

  it('combines conditions with all, any and not', () => {
    const food = { answer: 'services', includes: 'food' }
    const big = { answer: 'employees', gt: 10 }
    expect(evaluate({ all: [food, big] }, answers)).toBe(false)
    expect(evaluate({ any: [food, big] }, answers)).toBe(true)
    expect(evaluate({ all: [food, { not: big }] }, answers)).toBe(true)
  })

  it('does not read inherited properties as answers', () => {
    expect(evaluate({ answer: 'toString', answered: true }, {})).toBe(false)
  })
})
