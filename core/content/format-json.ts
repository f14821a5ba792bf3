/**
 * JSON as the content files are written by hand: small objects and arrays on one line
 * (`{ "zh": "…", "en": "…" }`, `["法人"]`), larger ones one entry per line, two-space indent.
 * Files a command writes then read like the editors' own and diff line by line.
 */
export function formatJson(value: unknown, width = 120): string {
  return `${format(value, '', width)}\n`
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(inline).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`
  }
  return JSON.stringify(value)
}

function format(value: unknown, indent: string, width: number, prefix = 0): string {
  const flat = inline(value)
  const nested = value !== null && typeof value === 'object' && Object.values(value).some((v) => v !== null && typeof v === 'object' && !isText(v))
  if (indent.length + prefix + flat.length <= width && !nested) return flat
  const inner = `${indent}  `
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + format(v, inner, width)).join(',\n')}\n${indent}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner, width, JSON.stringify(k).length + 2)}`).join(',\n')}\n${indent}}`
  }
  return flat
}

/** A { zh, en } pair stays on one line inside a small object when it fits. */
function isText(value: object): boolean {
  const keys = Object.keys(value)
  return keys.length === 2 && keys[0] === 'zh' && keys[1] === 'en'
}
