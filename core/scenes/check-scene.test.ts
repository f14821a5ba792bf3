import { describe, expect, it } from 'vitest'
import { catalogue } from '../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { checkScene } from './check-scene.ts'

describe('checkScene', () => {
  it('finds nothing wrong in sound scripts', () => {
    expect(checkScene(scriptFixture('open-restaurant'), catalogue)).toEqual([])
    expect(checkScene(scriptFixture('food-stall'), catalogue)).toEqual([])
  })

  it('runs every check and gives each problem with its pointer', () => {
    const problems = checkScene(scriptFixture('unknown-places'), catalogue)
    expect(problems.map((p) => p.pointer)).toEqual(['/steps/0/place/facility', '/steps/4/place/window', '/steps/5/place/zone'])
    const loops = checkScene(scriptFixture('loops-without-exit'), catalogue).map((p) => p.pointer)
    expect(loops).toEqual(['/steps/5', '/steps/6', '/steps/3/next'])
  })

  it('checks the promised limits a script gives a matter by case against the matter\'s legal limit', () => {
    expect(checkScene(scriptFixture('case-limits'), catalogue).map((p) => p.pointer)).toEqual([
      '/steps/5/matters/0/promisedLimits/0/limit/value',
      '/steps/5/matters/0/promisedLimits/1/limit/value',
    ])
  })

  it('does not throw on a script whose start is missing', () => {
    const problems = checkScene(scriptFixture('unknown-steps'), catalogue)
    expect(problems[0]).toEqual({ pointer: '/start', message: 'start "welcom" is not a step in this script (did you mean "welcome"?)', zh: "起始步骤 \"welcom\" 不是本脚本中的步骤（是不是 \"welcome\"？）" })
  })
})
