import type { Text } from '../content/text.ts'
import type { SceneScript, Step } from '../scenes/script.ts'
import { stepsById } from '../scenes/walk.ts'
import { conditionText } from './condition-text.ts'

/** A step on the script map: its kind and the words that identify it (question, what the guide says, title). */
export type GraphNode = { id: string; kind: Step['kind']; text: Text; start: boolean; matters?: { matter: string; when?: string }[] }

/**
 * A transition: `label` renders its condition; `otherwise` marks the branch taken when those before it
 * fail; a plain `next` has neither. `order` is the branch's place in `next` (0 for a plain `next`).
 */
export type GraphEdge = { id: string; from: string; to: string; label?: string; otherwise?: true; order: number }

/** The script as a map: steps as nodes, transitions as edges; outcomes are the leaves and list their matters. */
export type ScriptGraph = { nodes: GraphNode[]; edges: GraphEdge[] }

/**
 * The map of a script. Transitions to unknown steps are left out (the checks report them); a
 * repeated step id keeps its first step, as the journey does.
 *
 * @example scriptGraph(script).edges[1] // { id: 'shop-type>drinks-info#0', from: 'shop-type', to: 'drinks-info', label: 'shop-type = drinks', order: 0 }
 */
export function scriptGraph(script: SceneScript): ScriptGraph {
  const byId = stepsById(script)
  const nodes = [...byId.values()].map((step) => nodeOf(step, step.id === script.start))
  const edges = [...byId.values()].flatMap((step) => edgesOf(step).filter((e) => byId.has(e.to)))
  return { nodes, edges }
}

function nodeOf(step: Step, start: boolean): GraphNode {
  switch (step.kind) {
    case 'scene':
      return { id: step.id, kind: step.kind, text: step.say, start }
    case 'question':
    case 'info':
      return { id: step.id, kind: step.kind, text: step.kind === 'info' ? step.title : step.text, start }
    case 'outcome': {
      const matters = step.matters.map((m) => (m.when ? { matter: m.matter, when: conditionText(m.when) } : { matter: m.matter }))
      return { id: step.id, kind: step.kind, text: step.title, start, matters }
    }
  }
}

function edgesOf(step: Step): GraphEdge[] {
  if (step.kind === 'outcome') return []
  if (typeof step.next === 'string') return [{ id: `${step.id}>${step.next}#0`, from: step.id, to: step.next, order: 0 }]
  return step.next.map((branch, order) => {
    const edge: GraphEdge = { id: `${step.id}>${branch.to}#${order}`, from: step.id, to: branch.to, order }
    if (branch.when) edge.label = conditionText(branch.when)
    else if (order > 0) edge.otherwise = true
    return edge
  })
}

/** The edges a walked route follows: each consecutive pair of steps, by the first branch that joins them. */
export function edgesAlong(graph: ScriptGraph, path: string[]): Set<string> {
  const taken = new Set<string>()
  for (let i = 1; i < path.length; i++) {
    const edge = graph.edges.find((e) => e.from === path[i - 1] && e.to === path[i])
    if (edge) taken.add(edge.id)
  }
  return taken
}
