import { describe, expect, it } from 'vitest'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { walkPath } from '../scenes/walk.ts'
import { edgesAlong, scriptGraph } from './script-graph.ts'

const script = scriptFixture('food-stall')

describe('scriptGraph', () => {
  it('makes a node of every step with its kind and words, the start marked', () => {
    const { nodes } = scriptGraph(script)
    expect(nodes.map((n) => [n.id, n.kind, n.start])).toEqual(script.steps.map((s) => [s.id, s.kind, s.id === script.start]))
    const question = nodes.find((n) => n.kind === 'question')!
    expect(question.text).toEqual((script.steps.find((s) => s.id === question.id) as { text: unknown }).text)
  })

  it('labels each branch with its condition and the last one as otherwise', () => {
    const { edges } = scriptGraph(script)
    expect(edges.map(({ from, to, label, otherwise }) => [from, to, label ?? (otherwise ? 'otherwise' : '')])).toEqual([
      ['welcome', 'shop-type', ''],
      ['shop-type', 'drinks-info', 'shop-type = drinks'],
      ['shop-type', 'staff', 'otherwise'],
      ['drinks-info', 'staff', ''],
      ['staff', 'to-window', ''],
      ['to-window', 'result', ''],
    ])
  })

  it('lists the matters at the outcome leaves with their conditions', () => {
    const outcome = scriptGraph(script).nodes.find((n) => n.kind === 'outcome')!
    expect(outcome.matters).toEqual([{ matter: 'food-business-licence' }])
  })

  it('leaves out transitions to steps that do not exist', () => {
    const broken = structuredClone(script)
    const welcome = broken.steps[0]!
    if (welcome.kind === 'scene') welcome.next = 'nowhere'
    expect(scriptGraph(broken).edges.some((e) => e.to === 'nowhere')).toBe(false)
  })

  it('lights the edges a walked route follows', () => {
    const graph = scriptGraph(script)
    const { path } = walkPath(script, { 'shop-type': 'drinks', staff: false })
    expect([...edgesAlong(graph, path)]).toEqual([
      'welcome>shop-type#0',
      'shop-type>drinks-info#0',
      'drinks-info>staff#0',
      'staff>to-window#0',
      'to-window>result#0',
    ])
  })
})
