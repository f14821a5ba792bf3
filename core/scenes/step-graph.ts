import type { SceneScript, Step } from './script.ts'
import { stepsById } from './walk.ts'

/** Every step id `next` may lead to, whatever the answers (unknown ids included). */
export function targetsOf(step: Step): string[] {
  if (step.kind === 'outcome') return []
  return typeof step.next === 'string' ? [step.next] : step.next.map((branch) => branch.to)
}

/**
 * The script as a directed graph over known step ids, ignoring conditions: what the structural
 * checks reason about (reachability, dominance, loops).
 */
export type StepGraph = { byId: Map<string, Step>; successors: Map<string, string[]>; predecessors: Map<string, string[]> }

export function stepGraph(script: SceneScript): StepGraph {
  const byId = stepsById(script)
  const successors = new Map<string, string[]>()
  const predecessors = new Map<string, string[]>([...byId.keys()].map((id) => [id, []]))
  for (const [id, step] of byId) {
    const known = [...new Set(targetsOf(step).filter((to) => byId.has(to)))]
    successors.set(id, known)
    for (const to of known) predecessors.get(to)!.push(id)
  }
  return { byId, successors, predecessors }
}

/** Steps reachable from `from` following `edges` (successors forward, predecessors backward). */
export function reachable(edges: Map<string, string[]>, from: string[]): Set<string> {
  const seen = new Set(from.filter((id) => edges.has(id)))
  const queue = [...seen]
  while (queue.length > 0) {
    for (const to of edges.get(queue.pop()!) ?? []) {
      if (!seen.has(to)) {
        seen.add(to)
        queue.push(to)
      }
    }
  }
  return seen
}

/**
 * Immediate dominators of the steps reachable from `start` (Cooper, Harvey & Kennedy, "A Simple,
 * Fast Dominance Algorithm"): step A dominates B when every way from start to B passes A.
 */
export function immediateDominators(graph: StepGraph, start: string): Map<string, string> {
  const order = reversePostorder(graph, start)
  const rank = new Map(order.map((id, i) => [id, i]))
  const idom = new Map<string, string>([[start, start]])
  const intersect = (a: string, b: string): string => {
    while (a !== b) {
      while (rank.get(a)! > rank.get(b)!) a = idom.get(a)!
      while (rank.get(b)! > rank.get(a)!) b = idom.get(b)!
    }
    return a
  }
  for (let changed = true; changed; ) {
    changed = false
    for (const id of order.slice(1)) {
      const done = graph.predecessors.get(id)!.filter((p) => idom.has(p))
      const candidate = done.slice(1).reduce(intersect, done[0]!)
      if (idom.get(id) !== candidate) {
        idom.set(id, candidate)
        changed = true
      }
    }
  }
  return idom
}

/** Whether `a` lies on every way from start to `b` (both reachable; a step dominates itself). */
export function dominates(idom: Map<string, string>, a: string, b: string): boolean {
  for (let at = b; ; at = idom.get(at)!) {
    if (at === a) return true
    if (idom.get(at) === at || !idom.has(at)) return false
  }
}

function reversePostorder(graph: StepGraph, start: string): string[] {
  if (!graph.byId.has(start)) return []
  const post: string[] = []
  const seen = new Set([start])
  const stack: [string, number][] = [[start, 0]]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    const next = graph.successors.get(top[0])![top[1]++]
    if (next === undefined) {
      post.push(top[0])
      stack.pop()
    } else if (!seen.has(next)) {
      seen.add(next)
      stack.push([next, 0])
    }
  }
  return post.reverse()
}

/** A shortest way from start to `to` that avoids `avoid`, or undefined when every way passes it. */
export function wayAvoiding(graph: StepGraph, start: string, to: string, avoid: string): string[] | undefined {
  if (start === avoid) return undefined
  const parent = new Map<string, string>([[start, start]])
  const queue = [start]
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!
    if (id === to) {
      const way = [id]
      for (let at = id; at !== start; ) way.unshift((at = parent.get(at)!))
      return way
    }
    for (const next of graph.successors.get(id) ?? []) {
      if (next !== avoid && !parent.has(next)) {
        parent.set(next, id)
        queue.push(next)
      }
    }
  }
  return undefined
}

/** Strongly connected groups of `ids` (Tarjan), each with more than one step or a step leading to itself. */
export function loopsAmong(graph: StepGraph, ids: Set<string>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const loops: string[][] = []
  const visit = (id: string): void => {
    index.set(id, index.size)
    low.set(id, index.get(id)!)
    stack.push(id)
    onStack.add(id)
    for (const next of graph.successors.get(id)!.filter((n) => ids.has(n))) {
      if (!index.has(next)) {
        visit(next)
        low.set(id, Math.min(low.get(id)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(id, Math.min(low.get(id)!, index.get(next)!))
    }
    if (low.get(id) !== index.get(id)) return
    const group: string[] = []
    for (let top = stack.pop()!; ; top = stack.pop()!) {
      onStack.delete(top)
      group.push(top)
      if (top === id) break
    }
    if (group.length > 1 || graph.successors.get(id)!.includes(id)) loops.push(group)
  }
  for (const id of ids) if (!index.has(id)) visit(id)
  return loops
}
