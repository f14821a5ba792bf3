import { describe, expect, it } from 'vitest'
import { conditionText } from './condition-text.ts'

describe('conditionText', () => {
  it('writes each comparison with its answer id and a symbol', () => {
    expect(conditionText({ answer: 'staff', is: true })).toBe('staff = yes')
    expect(conditionText({ answer: 'area', gte: 50 })).toBe('area ≥ 50')
    expect(conditionText({ answer: 'form', in: ['company', 'sole-trader'] })).toBe('form ∈ {company, sole-trader}')
    expect(conditionText({ answer: 'extras', includes: 'tobacco' })).toBe('extras includes tobacco')
    expect(conditionText({ answer: 'area', answered: false })).toBe('area not answered')
  })

  it('puts nested groups in parentheses so the reading matches the evaluation', () => {
    const condition = { all: [{ answer: 'food', is: true }, { any: [{ answer: 'area', lt: 50 }, { not: { answer: 'staff', is: true } }] }] }
    expect(conditionText(condition)).toBe('food = yes and (area < 50 or not staff = yes)')
  })
})
