import { describe, expect, it } from 'vitest'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { walkPath } from '../scenes/walk.ts'
import { scriptCoverage } from './step-coverage.ts'

const script = scriptFixture('food-stall')

describe('scriptCoverage', () => {
  it('counts the routes through each step, in script order', () => {
    const coverage = scriptCoverage(script)
    expect(coverage.total).toBe(4)
    expect(coverage.complete).toBe(true)
    expect(coverage.steps.map((s) => [s.step, s.paths])).toEqual([
      ['welcome', 4],
      ['shop-type', 4],
      ['drinks-info', 2],
      ['staff', 4],
      ['to-window', 4],
      ['result', 4],
    ])
  })

  it('gives answers that take a preview to each step and no further', () => {
    for (const { step, reachedBy } of scriptCoverage(script).steps) {
      const { path, stop } = walkPath(script, reachedBy!)
      expect(path).toContain(step)
      if (script.steps.find((s) => s.id === step)!.kind === 'question') expect(stop).toBe(step)
    }
    expect(scriptCoverage(script).steps.find((s) => s.step === 'drinks-info')!.reachedBy).toEqual({ 'shop-type': 'drinks' })
  })

  it('gives no answers for a step no route reaches', () => {
    const script = scriptFixture('unreachable-steps')
    const unreached = scriptCoverage(script).steps.filter((s) => s.paths === 0)
    expect(unreached.length).toBeGreaterThan(0)
    expect(unreached.every((s) => s.reachedBy === undefined)).toBe(true)
  })
})
