/** Reading and writing a dotted path ('fees.charged') in plain JSON data. */
export function getPath(data: unknown, path: string): unknown {
  let at: unknown = data
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined
    at = (at as Record<string, unknown>)[key]
  }
  return at
}

export function setPath(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  if (value === undefined && getPath(data, keys.slice(0, -1).join('.') || '.') === undefined && keys.length > 1) return
  let at = data
  for (const key of keys.slice(0, -1)) {
    const next = at[key]
    if (next === null || typeof next !== 'object' || Array.isArray(next)) at[key] = {}
    at = at[key] as Record<string, unknown>
  }
  const last = keys[keys.length - 1]!
  if (value === undefined) delete at[last]
  else at[last] = value
}

/** A deep copy of plain JSON data (core has no DOM or Node globals such as structuredClone). */
export function cloneJson<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T
}
