import { describe, expect, it } from 'vitest'
import { parseCondition } from './parse.ts'

const at = '/steps/2/next/0/when'

describe('parseCondition', () => {
  it('accepts a nested condition as written', () => {
    const raw = { all: [{ answer: 'food', is: true }, { not: { answer: 'area', lt: 50 } }, { any: [{ answer: 'kinds', includes: 'hot' }] }] }
    expect(parseCondition(raw, at)).toEqual({ condition: raw })
  })

  it('names an unknown operator and lists the ones to use', () => {
    expect(parseCondition({ answer: 'area', greater: 50 }, at)).toEqual({
      problems: [{ pointer: `${at}/greater`, message: 'unknown operator "greater" (use one of is, in, includes, gt, gte, lt, lte, answered)' }],
    })
  })

  it('rejects a number operator given a string', () => {
    expect(parseCondition({ answer: 'area', gt: '50' }, at)).toEqual({
      problems: [{ pointer: `${at}/gt`, message: '"gt" compares with a number, e.g. { "answer": "employees", "gt": 0 }' }],
    })
  })

  it('asks for one operator per comparison', () => {
    expect(parseCondition({ answer: 'area', gt: 1, lt: 9 }, at)).toEqual({
      problems: [{ pointer: at, message: 'use one operator per comparison (found gt, lt); combine comparisons with "all" or "any"' }],
    })
  })

  it('reports every broken part of a list, each at its own place', () => {
    const result = parseCondition({ any: ['food', { answer: 'x', in: [] }] }, at)
    expect(result).toEqual({
      problems: [
        { pointer: `${at}/any/0`, message: 'a condition is an object such as { "answer": "employees", "gt": 0 }' },
        { pointer: `${at}/any/1/in`, message: '"in" takes a list of options or numbers, e.g. ["company", "sole-trader"]' },
      ],
    })
  })

  it('explains a combinator mixed with other keys and a missing answer', () => {
    expect(parseCondition({ not: { answer: 'a', is: 1 }, answer: 'b' }, at)).toEqual({
      problems: [{ pointer: `${at}/answer`, message: '"not" stands alone; move "answer" into a condition inside it' }],
    })
    expect(parseCondition({ is: 'x' }, at)).toEqual({
      problems: [{ pointer: at, message: 'name the question this condition reads with "answer", e.g. { "answer": "employees", "gt": 0 }' }],
    })
  })

  it('never runs text as code', () => {
    expect(parseCondition('answers.area > 50', at)).toEqual({
      problems: [{ pointer: at, message: 'a condition is an object such as { "answer": "employees", "gt": 0 }' }],
    })
  })
})
