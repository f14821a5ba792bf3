/** Reading and writing a dotted path ('fees.charged') in plain JSON data. */
export function getPath(data: unknown, path: string): unknown {
  let at: unknown = data
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined
    at = (at as Record<string, unknown>)[key]
  }
  return at
}

/**
 * Sets (or, with undefined, removes) the value at a path. The objects on the way are copied, not
 * changed: `data` may be a shallow copy of a matter from the files (`{ ...before }`), which an
 * import updates without touching, and without copying the whole matter for every row.
 */
export function setPath(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  if (value === undefined && getPath(data, keys.slice(0, -1).join('.') || '.') === undefined && keys.length > 1) return
  let at = data
  for (const key of keys.slice(0, -1)) {
    const next = at[key]
    at[key] = next === null || typeof next !== 'object' || Array.isArray(next) ? {} : { ...(next as Record<string, unknown>) }
    at = at[key] as Record<string, unknown>
  }
  const last = keys[keys.length - 1]!
  if (value === undefined) delete at[last]
  else at[last] = value
}
