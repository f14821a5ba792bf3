import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import type { SceneScript } from '../script.ts'
import { thresholdDisagreements } from './threshold-disagreements.ts'

describe('thresholdDisagreements', () => {
  it('reports an outcome threshold that differs from the branch that asks the follow-up question, with a visitor who answers it for nothing', () => {
    expect(thresholdDisagreements(scriptFixture('threshold-disagreements'), catalogue)).toEqual([
      {
        pointer: '/steps/4/matters/1/when/all/1/gte',
        message: 'the branch at /steps/1/next/0 asks "sprinklers" when "area" ≥ 100, but this condition uses "area" ≥ 200: a visitor with "area" = 100 answers "sprinklers" and gets nothing for it; use the same threshold in both',
        zh: '/steps/1/next/0 的分支在 "area" ≥ 100 时就问 "sprinklers"，这里的条件却是 "area" ≥ 200：回答 "area" = 100 的访客答了 "sprinklers" 却什么也得不到；请两处用同一个界限',
      },
    ])
  })

  it('accepts the same cut written either way round (≥ 200 on the branch, < 200 negated in the outcome)', () => {
    const script = scriptFixture('threshold-disagreements') as SceneScript & { steps: any[] }
    script.steps[1].next[0].when = { answer: 'area', gte: 200 }
    script.steps[4].matters[1].when.all[1] = { not: { answer: 'area', lt: 200 } }
    expect(thresholdDisagreements(script, catalogue)).toEqual([])
  })

  it('finds nothing wrong in sound scripts', () => {
    expect(thresholdDisagreements(scriptFixture('open-restaurant'), catalogue)).toEqual([])
    expect(thresholdDisagreements(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
