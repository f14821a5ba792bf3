import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { questionOptions } from './question-options.ts'

describe('questionOptions', () => {
  it('asks for options on a choice question and refuses them on a yes-no one', () => {
    expect(questionOptions(scriptFixture('question-options'), catalogue)).toEqual([
      { pointer: "/steps/1/input", message: "a single-choice question needs \"options\" (at least two)", zh: "单选题需要 \"options\"（至少两个选项）" },
      { pointer: "/steps/3/options", message: "a yes-no question takes no \"options\"; remove them", zh: "是非题没有 \"options\"；请删除它们" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(questionOptions(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
