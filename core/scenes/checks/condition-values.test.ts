import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { conditionValues } from './condition-values.ts'

describe('conditionValues', () => {
  it('reports comparisons with missing options, wrong operators, wrong types and unknown questions', () => {
    expect(conditionValues(scriptFixture('condition-values'), catalogue)).toEqual([
      { pointer: "/steps/1/next/0/when/in/1", message: "\"tea\" is not an option of \"shop-type\" (options: snacks, drinks)" },
      { pointer: "/steps/1/next/1/when/includes", message: "\"shop-type\" is a single-choice question; compare it with \"is\" or \"in\"" },
      { pointer: "/steps/3/next/0/when/is", message: "\"area\" is a number question; compare it with a number, e.g. { \"answer\": \"area\", \"gte\": 50 }" },
      { pointer: "/steps/6/matters/0/materials/health-certificates/any/0/is", message: "\"staff\" is a yes-no question; compare it with { \"is\": true } or { \"is\": false }" },
      { pointer: "/steps/6/matters/0/materials/health-certificates/any/1/answer", message: "\"staf\" is not a question in this script (did you mean \"staff\"?)" },
      { pointer: "/steps/6/matters/0/materials/health-certificates/any/2/answer", message: "\"welcome\" is a scene step, not a question; conditions read answers to questions" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(conditionValues(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
