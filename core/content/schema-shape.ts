import type { z } from 'zod'

type AnySchema = z.core.$ZodType
type Def = { type: string; [k: string]: unknown }

const def = (s: AnySchema): Def => s._zod.def as unknown as Def

/** The schema itself with wrappers (optional, default, lazy, pipe...) taken off; unions become their options. */
function unwrap(schema: AnySchema, depth = 0): AnySchema[] {
  if (depth > 20) return []
  const d = def(schema)
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return unwrap(d.innerType as AnySchema, depth + 1)
    case 'lazy':
      return unwrap((d.getter as () => AnySchema)(), depth + 1)
    case 'pipe':
      return unwrap(d.in as AnySchema, depth + 1)
    case 'union':
      return (d.options as AnySchema[]).flatMap((o) => unwrap(o, depth + 1))
    default:
      return [schema]
  }
}

/** Every schema that may describe the value at `path` (several when a union is on the way). */
export function schemasAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  let current = unwrap(root)
  for (const segment of path) {
    current = current.flatMap((s) => {
      const d = def(s)
      if (d.type === 'object') {
        const field = (d.shape as Record<string, AnySchema>)[String(segment)]
        return field ? unwrap(field) : []
      }
      if (d.type === 'array') return unwrap(d.element as AnySchema)
      if (d.type === 'record') return unwrap(d.valueType as AnySchema)
      return []
    })
  }
  return current
}

/** The property names the schema allows at `path`, for "did you mean" hints. */
export function keysAt(root: AnySchema, path: readonly PropertyKey[]): string[] {
  const keys = schemasAt(root, path)
    .filter((s) => def(s).type === 'object')
    .flatMap((s) => Object.keys(def(s).shape as object))
  return [...new Set(keys)]
}
