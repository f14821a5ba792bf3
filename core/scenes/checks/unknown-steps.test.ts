import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { unknownSteps } from './unknown-steps.ts'

describe('unknownSteps', () => {
  it('reports a start and next that name no step, with the likely one', () => {
    expect(unknownSteps(scriptFixture('unknown-steps'), catalogue)).toEqual([
      { pointer: "/start", message: "start \"welcom\" is not a step in this script (did you mean \"welcome\"?)", zh: "起始步骤 \"welcom\" 不是本脚本中的步骤（是不是 \"welcome\"？）" },
      { pointer: "/steps/1/next/1/to", message: "next \"staf\" is not a step in this script (did you mean \"staff\"?)", zh: "下一步 \"staf\" 不是本脚本中的步骤（是不是 \"staff\"？）" },
      { pointer: "/steps/3/next", message: "next \"to-windw\" is not a step in this script (did you mean \"to-window\"?)", zh: "下一步 \"to-windw\" 不是本脚本中的步骤（是不是 \"to-window\"？）" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(unknownSteps(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
