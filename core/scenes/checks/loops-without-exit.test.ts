import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { loopsWithoutExit } from './loops-without-exit.ts'

describe('loopsWithoutExit', () => {
  it('reports a loop that never reaches an outcome', () => {
    expect(loopsWithoutExit(scriptFixture('loops-without-exit'), catalogue)).toEqual([
      { pointer: "/steps/3/next", message: "steps \"staff\", \"recheck\" go round in a loop with no way on to an outcome; add a branch that leads out", zh: "步骤 \"staff\"、\"recheck\" 绕成一个圈，走不到任何结果；请加一个通向外面的分支" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(loopsWithoutExit(scriptFixture('food-stall'), catalogue)).toEqual([])
  })

  it('accepts a loop with a way out', () => {
    const script = scriptFixture('loops-without-exit')
    const withExit = { ...script, steps: script.steps.map((s) => (s.id === 'staff' ? { ...s, next: [{ when: { answer: 'staff', is: true }, to: 'recheck' }, { to: 'to-window' }] } : s)) }
    expect(loopsWithoutExit(withExit, catalogue)).toEqual([])
  })
})
