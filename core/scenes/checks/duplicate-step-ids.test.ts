import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { duplicateStepIds } from './duplicate-step-ids.ts'

describe('duplicateStepIds', () => {
  it('reports a step id used twice at the second use', () => {
    expect(duplicateStepIds(scriptFixture('duplicate-step-ids'), catalogue)).toEqual([
      { pointer: "/steps/6/id", message: "step id \"to-window\" is already used at /steps/4; give each step its own id", zh: "步骤标识 \"to-window\" 已在 /steps/4 用过；每个步骤要有自己的标识" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(duplicateStepIds(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
