import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import type { OutcomeStep } from '../script.ts'
import { caseLimits } from './case-limits.ts'

/** food-stall's outcome with one case on the food business licence (legal limit 20 工作日 in the test catalogue). */
function withCase(limit: { value: number; unit: '工作日' | '自然日' }) {
  const script = scriptFixture('food-stall')
  const outcome = script.steps[5] as OutcomeStep
  outcome.matters[0]!.promisedLimits = [{ when: { answer: 'staff', is: true }, limit }]
  return script
}

describe('caseLimits', () => {
  it('reports a case promised longer than the matter\'s legal limit, in working days and in calendar days', () => {
    expect(caseLimits(scriptFixture('case-limits'), catalogue)).toEqual([
      {
        pointer: '/steps/5/matters/0/promisedLimits/0/limit/value',
        message: 'this case\'s promised limit (25 工作日) is longer than the legal limit of "food-business-licence" (20 工作日); promise at most the legal limit',
        zh: '这种情形的承诺时限（25 工作日）长于 "food-business-licence" 的法定时限（20 工作日）；承诺时限不能超过法定时限',
      },
      {
        pointer: '/steps/5/matters/0/promisedLimits/1/limit/value',
        message: 'this case\'s promised limit (30 自然日) is longer than the legal limit of "food-business-licence" (20 工作日); promise at most the legal limit',
        zh: '这种情形的承诺时限（30 自然日）长于 "food-business-licence" 的法定时限（20 工作日）；承诺时限不能超过法定时限',
      },
    ])
  })

  it('accepts a calendar-day case that ends by the legal working-day limit from every day of the week, and not one a day longer that can end after it', () => {
    // 26 自然日 ends on or before the 20th working day whatever the weekday; 27 from a Sunday ends on the Monday after it.
    expect(caseLimits(withCase({ value: 26, unit: '自然日' }), catalogue)).toEqual([])
    expect(caseLimits(withCase({ value: 27, unit: '自然日' }), catalogue).map((p) => p.message)).toEqual([
      'this case\'s promised limit (27 自然日) is longer than the legal limit of "food-business-licence" (20 工作日); promise at most the legal limit',
    ])
  })

  it('quotes a calendar-day legal limit with the fewest working days it can last', () => {
    const fewer = { ...catalogue, matters: catalogue.matters.map((m) => (m.id === 'food-business-licence' ? { ...m, legalLimit: { value: 15, unit: '自然日' as const } } : m)) }
    expect(caseLimits(withCase({ value: 11, unit: '工作日' }), fewer)).toEqual([])
    expect(caseLimits(withCase({ value: 12, unit: '工作日' }), fewer).map((p) => p.zh)).toEqual([
      '这种情形的承诺时限（12 工作日）长于 "food-business-licence" 的法定时限（15 自然日，最少只有 11 工作日）；承诺时限不能超过法定时限',
    ])
  })

  it('keeps a 即办 matter\'s cases within a working day, since its list says it is handled on the spot', () => {
    const instant = { ...catalogue, matters: catalogue.matters.map((m) => (m.id === 'food-business-licence' ? { ...m, kind: '即办' as const } : m)) }
    expect(caseLimits(withCase({ value: 1, unit: '工作日' }), instant)).toEqual([])
    expect(caseLimits(withCase({ value: 5, unit: '工作日' }), instant)).toEqual([
      {
        pointer: '/steps/5/matters/0/promisedLimits/0/limit/value',
        message: '"food-business-licence" is a 即办 matter, handled on the spot: a case\'s promised limit is 0 or 1 工作日, not 5 工作日; if this case takes longer, make the matter 承诺 in its guide',
        zh: '"food-business-licence" 是即办事项，当场办结：情形的承诺时限应为 0 或 1 工作日，不是 5 工作日；这种情形确需更长时间的，请在办事指南中改为承诺件',
      },
    ])
  })

  it('finds nothing wrong in a script without cases', () => {
    expect(caseLimits(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
