/**
 * Whether two plain JSON values say the same, whatever the order of their keys (a key holding
 * undefined counts as absent, as in JSON text). Compares in place: an import compares thousands of
 * matters with their files, and writing both out as sorted JSON cost more than reading the sheet.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false
    return true
  }
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  let keys = 0
  for (const key in x) {
    if (x[key] === undefined) continue
    keys++
    if (!Object.hasOwn(y, key) || !sameJson(x[key], y[key])) return false
  }
  for (const key in y) if (y[key] !== undefined) keys--
  return keys === 0
}
