import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { checkScene } from '../check-scene.ts'
import type { SceneScript } from '../script.ts'
import { unansweredReads } from './unanswered-reads.ts'

describe('unansweredReads', () => {
  it('reports a condition reading a question some visitors skip, with such a route', () => {
    expect(unansweredReads(scriptFixture('unanswered-reads'), catalogue)).toEqual([
      { pointer: "/steps/4/next/0/when/answer", message: "\"staff\" is not asked on every way to \"to-window\" (e.g. welcome → shop-type → drinks-info → to-window), so this comparison is false for visitors who skip it; ask it earlier, or first test { \"answer\": \"staff\", \"answered\": true }", zh: "并非每条到 \"to-window\" 的路线都问过 \"staff\"（例如 welcome → shop-type → drinks-info → to-window），跳过它的访客这个比较都不成立；请早点问它，或先测 { \"answer\": \"staff\", \"answered\": true }" },
    ])
  })

  it('tells an editor to ask a question earlier, not to guard it, when it is never asked before the condition', () => {
    expect(unansweredReads(scriptFixture('read-before-asked'), catalogue)).toEqual([
      {
        pointer: '/steps/1/next/0/when/answer',
        message: '"staff" is never asked before "area", so this comparison is never true (and testing "answered" would not help); ask "staff" before "area"',
        zh: '"staff" 从来不在 "area" 之前问，这个比较永远不成立（先测 "answered" 也没用）；请在 "area" 之前问 "staff"',
      },
    ])
  })

  it('suggests a guard that, once written, leaves the script passing every check', () => {
    const script = scriptFixture('unanswered-reads') as SceneScript & { steps: any[] }
    const read = script.steps[4].next[0].when
    script.steps[4].next[0].when = { all: [{ answer: 'staff', answered: true }, read] }
    expect(checkScene(script, catalogue)).toEqual([])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(unansweredReads(scriptFixture('food-stall'), catalogue)).toEqual([])
  })

  it('does not blame a follow-up question read only where its branch was taken', () => {
    expect(unansweredReads(scriptFixture('open-restaurant'), catalogue)).toEqual([])
  })
})
