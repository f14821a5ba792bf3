import { describe, expect, it } from 'vitest'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { enumeratePaths, pathCoverage } from './paths.ts'
import { walkPath } from './walk.ts'

const script = scriptFixture('open-restaurant')

describe('enumeratePaths', () => {
  it('tries one number on each side of every boundary a condition draws', () => {
    const areas = new Set(enumeratePaths(script).map((p) => p.answers.area))
    expect([...areas].sort()).toEqual([49, 50])
  })

  it('finds every distinct route, each one the route its answers really take', () => {
    const paths = enumeratePaths(script)
    // registered (2) x area (2) x extras: none, tobacco, signboard (+ lit or not), both (+ lit or not) (6) x staff (2) x agent (2)
    expect(paths).toHaveLength(96)
    for (const { answers, path, outcome } of paths) {
      expect(walkPath(script, answers)).toEqual({ path, stop: outcome })
    }
  })

  it('stops at the limit', () => {
    expect(enumeratePaths(script, { limit: 5 })).toHaveLength(5)
  })

  it('gives no route through a loop without exit', () => {
    expect(enumeratePaths(scriptFixture('loops-without-exit'))).toEqual([])
  })
})

describe('pathCoverage', () => {
  it('counts the routes through each step in script order', () => {
    const coverage = pathCoverage(script, enumeratePaths(script))
    expect(coverage.slice(0, 3)).toEqual([
      { step: 'welcome', paths: 96 },
      { step: 'registered', paths: 96 },
      { step: 'about-registration', paths: 48 },
    ])
    expect(coverage.find((c) => c.step === 'sign-lit')).toEqual({ step: 'sign-lit', paths: 64 })
  })
})
