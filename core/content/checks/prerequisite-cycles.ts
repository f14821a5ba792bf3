import type { ContentCheck, FileFinding } from '../loaded-content.ts'

/** Prerequisites form no loop, so an outcome list can always be put in order. */
export const checkPrerequisiteCycles: ContentCheck = (content) => {
  const matters = new Map(content.matters.map((m) => [m.value.id, m]))
  const reported = new Set<string>()
  const findings: FileFinding[] = []
  for (const start of matters.keys()) {
    const cycle = findCycle(start, (id) => matters.get(id)?.value.prerequisites ?? [])
    if (!cycle) continue
    const key = [...cycle].sort().join(' ')
    if (reported.has(key)) continue
    reported.add(key)
    const first = matters.get(cycle[0]!)!
    const index = first.value.prerequisites.indexOf(cycle[1] ?? cycle[0]!)
    findings.push({ file: first.file, pointer: `/prerequisites/${index}`, message: `prerequisites go round in a loop: ${[...cycle, cycle[0]].join(' → ')}`, zh: `前置事项首尾相连成了环：${[...cycle, cycle[0]].join(' → ')}` })
  }
  return findings
}

/** A loop through `start` following `next`, as the list of ids in it starting at `start`, or null. */
function findCycle(start: string, next: (id: string) => readonly string[]): string[] | null {
  const path: string[] = []
  const done = new Set<string>()
  const visit = (id: string): string[] | null => {
    if (id === start && path.length > 0) return [...path]
    if (done.has(id) || path.includes(id)) return null
    path.push(id)
    for (const n of next(id)) {
      const found = visit(n)
      if (found) return found
    }
    path.pop()
    done.add(id)
    return null
  }
  return visit(start)
}
