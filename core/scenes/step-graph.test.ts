import { describe, expect, it } from 'vitest'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { dominates, immediateDominators, loopsAmong, stepGraph, wayAvoiding } from './step-graph.ts'

const script = scriptFixture('open-restaurant')
const graph = stepGraph(script)
const idom = immediateDominators(graph, script.start)

describe('step graph', () => {
  it('knows which steps every route passes', () => {
    expect(dominates(idom, 'area', 'staff')).toBe(true)
    expect(dominates(idom, 'sign-lit', 'staff')).toBe(false)
    expect(dominates(idom, 'about-registration', 'area')).toBe(false)
    expect(dominates(idom, 'result', 'result')).toBe(true)
  })

  it('finds a way around a step when there is one', () => {
    expect(wayAvoiding(graph, 'welcome', 'staff', 'sign-lit')).toEqual(['welcome', 'registered', 'area', 'extras', 'staff'])
    expect(wayAvoiding(graph, 'welcome', 'staff', 'extras')).toBeUndefined()
  })

  it('finds loops among the given steps', () => {
    const looped = stepGraph(scriptFixture('loops-without-exit'))
    expect(loopsAmong(looped, new Set(looped.byId.keys())).map((group) => group.sort())).toEqual([['recheck', 'staff']])
    expect(loopsAmong(graph, new Set(graph.byId.keys()))).toEqual([])
  })
})
