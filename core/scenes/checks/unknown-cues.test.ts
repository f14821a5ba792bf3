import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { unknownCues } from './unknown-cues.ts'

describe('unknownCues', () => {
  it('reports an animation cue the hall cannot play and lists the ones it can', () => {
    expect(unknownCues(scriptFixture('unknown-cues'), catalogue)).toEqual([
      { pointer: "/steps/0/cue", message: "unknown animation cue \"wave\" (use one of greet, walk, point, take-ticket, wait, hand-over, use-kiosk, celebrate)", zh: "未知的动画 \"wave\"（可用：greet、walk、point、take-ticket、wait、hand-over、use-kiosk、celebrate）" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(unknownCues(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
