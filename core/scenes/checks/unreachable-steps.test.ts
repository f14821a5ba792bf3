import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { unreachableSteps } from './unreachable-steps.ts'

describe('unreachableSteps', () => {
  it('reports a step that no route leads to', () => {
    expect(unreachableSteps(scriptFixture('unreachable-steps'), catalogue)).toEqual([
      { pointer: "/steps/5", message: "step \"about-licence\" cannot be reached from \"welcome\"; lead to it from another step's \"next\", or remove it", zh: "从 \"welcome\" 走不到步骤 \"about-licence\"；请在别的步骤的 \"next\" 里指向它，或删除它" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(unreachableSteps(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
