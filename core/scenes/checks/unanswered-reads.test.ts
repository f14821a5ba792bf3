import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { unansweredReads } from './unanswered-reads.ts'

describe('unansweredReads', () => {
  it('reports a condition reading a question some visitors skip, with such a route', () => {
    expect(unansweredReads(scriptFixture('unanswered-reads'), catalogue)).toEqual([
      { pointer: "/steps/4/next/0/when/answer", message: "\"staff\" is not asked on every way to \"to-window\" (e.g. welcome → shop-type → drinks-info → to-window), so this comparison is false for visitors who skip it; ask it earlier, or first test { \"answer\": \"staff\", \"answered\": true }" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(unansweredReads(scriptFixture('food-stall'), catalogue)).toEqual([])
  })

  it('does not blame a follow-up question read only where its branch was taken', () => {
    expect(unansweredReads(scriptFixture('open-restaurant'), catalogue)).toEqual([])
  })
})
