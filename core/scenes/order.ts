/**
 * Orders ids so each comes after its prerequisites, keeping the given order wherever the
 * prerequisites allow (a stable topological sort: always take the earliest id that is ready).
 * Only prerequisites that are themselves in `ids` count. Ids caught in a cycle keep their given
 * order at the end (checkScene reports the cycle), so this never loops or throws.
 *
 * @example orderByPrerequisites(['seal', 'company'], (id) => (id === 'seal' ? ['company'] : [])) // ['company', 'seal']
 */
export function orderByPrerequisites(ids: string[], prerequisitesOf: (id: string) => readonly string[]): string[] {
  const listed = new Set(ids)
  const waiting = new Map(ids.map((id) => [id, new Set(prerequisitesOf(id).filter((p) => listed.has(p) && p !== id))]))
  const ordered: string[] = []
  while (ordered.length < ids.length) {
    const ready = ids.find((id) => waiting.has(id) && waiting.get(id)!.size === 0)
    if (ready === undefined) {
      ordered.push(...ids.filter((id) => waiting.has(id)))
      break
    }
    ordered.push(ready)
    waiting.delete(ready)
    for (const prerequisites of waiting.values()) prerequisites.delete(ready)
  }
  return ordered
}

/**
 * The first cycle among the prerequisites of the listed ids, as `[a, b, ..., a]`, or undefined.
 *
 * @example prerequisiteCycle(['a', 'b'], (id) => (id === 'a' ? ['b'] : ['a'])) // ['a', 'b', 'a']
 */
export function prerequisiteCycle(ids: string[], prerequisitesOf: (id: string) => readonly string[]): string[] | undefined {
  const listed = new Set(ids)
  const done = new Set<string>()
  const trail: string[] = []
  const visit = (id: string): string[] | undefined => {
    const at = trail.indexOf(id)
    if (at >= 0) return [...trail.slice(at), id]
    if (done.has(id)) return undefined
    trail.push(id)
    for (const p of prerequisitesOf(id)) {
      const cycle = listed.has(p) ? visit(p) : undefined
      if (cycle) return cycle
    }
    trail.pop()
    done.add(id)
    return undefined
  }
  for (const id of ids) {
    const cycle = visit(id)
    if (cycle) return cycle
  }
  return undefined
}
