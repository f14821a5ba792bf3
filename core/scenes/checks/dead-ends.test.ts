import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { deadEnds } from './dead-ends.ts'

describe('deadEnds', () => {
  it('reports steps whose conditional branches can all fail, naming an answer that gets stuck', () => {
    expect(deadEnds(scriptFixture('dead-ends'), catalogue)).toEqual([
      { pointer: "/steps/3/next", message: "no branch matches the answer false; add a last branch without \"when\", e.g. { \"to\": \"to-window\" }", zh: "回答 false 没有对应的分支；请在最后加一个不带 \"when\" 的分支，例如 { \"to\": \"to-window\" }" },
      { pointer: "/steps/4/next", message: "every branch here has a condition, so a visitor whose answers match none is stuck; add a last branch without \"when\", e.g. { \"to\": \"result\" }", zh: "这里每个分支都有条件，回答都不符合的访客会卡住；请在最后加一个不带 \"when\" 的分支，例如 { \"to\": \"result\" }" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(deadEnds(scriptFixture('food-stall'), catalogue)).toEqual([])
  })

  it('lets off a question whose branches cover every answer', () => {
    const script = scriptFixture('dead-ends')
    const covered = { ...script, steps: script.steps.map((s) => (s.id === 'staff' ? { ...s, next: [{ when: { answer: 'staff', is: true }, to: 'to-window' }, { when: { answer: 'staff', is: false }, to: 'to-window' }] } : s)) }
    expect(deadEnds(covered, catalogue).map((p) => p.pointer)).toEqual(['/steps/4/next'])
  })
})
