import fc from 'fast-check'

type Schema = Record<string, any>
/** Real values by property or parameter name (`formId: ['food-business-licence']`), drawn as often as the schema's own. */
export type Hints = Record<string, unknown[]>

/**
 * A fast-check arbitrary of values that fit a JSON Schema (2020-12, as zod's toJSONSchema writes it):
 * `$ref` into `components`, anyOf/oneOf, const, enum, string (lengths, pattern), number and integer
 * (bounds), boolean, null, arrays and objects (required and optional properties, records). A property
 * named in `hints` is drawn half the time from its real values, so requests get past the first
 * look-up. Nesting is cut at `maxDepth`, which keeps recursive schemas (form data) finite.
 *
 * @example fc.sample(arbitraryFor(doc.components.schemas.CreateDraftBody, doc.components.schemas, { formId: ['food-business-licence'] }), 1)
 */
export function arbitraryFor(schema: Schema, components: Record<string, Schema>, hints: Hints = {}, depth = 0, maxDepth = 5): fc.Arbitrary<unknown> {
  const next = (s: Schema) => arbitraryFor(s, components, hints, depth + 1, maxDepth)
  if (schema.$ref) {
    const name = String(schema.$ref).split('/').at(-1)!
    return depth >= maxDepth ? fc.constant({}) : fc.constant(null).chain(() => next(components[name] ?? {}))
  }
  const choices = schema.anyOf ?? schema.oneOf
  if (choices) return fc.oneof(...(choices as Schema[]).map(next))
  if (schema.allOf) return next(schema.allOf[0])
  if ('const' in schema) return fc.constant(schema.const)
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]))
  const type = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? undefined : [schema.type]
  if (type && type.length > 1) return fc.oneof(...type.map((t: string) => next({ ...schema, type: t })))
  switch (type?.[0]) {
    case 'string': {
      const min = schema.minLength ?? 0
      const max = Math.min(schema.maxLength ?? 40, 200)
      return schema.pattern ? fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= max) : fc.string({ minLength: min, maxLength: Math.max(min, max) })
    }
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1000, -1e9), max: Math.min(schema.maximum ?? 1000, 1e9) })
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array':
      if (depth >= maxDepth) return fc.constant([])
      return fc.array(next(schema.items ?? {}), { minLength: Math.min(schema.minItems ?? 0, 3), maxLength: Math.min(schema.maxItems ?? 3, 3) })
    case 'object':
      return objectFor(schema, next, hints, depth >= maxDepth)
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

/** The schema's own values, or half the time a real one when the name has hints. */
export function hinted(name: string, own: fc.Arbitrary<unknown>, hints: Hints): fc.Arbitrary<unknown> {
  const real = hints[name]
  return real && real.length > 0 ? fc.oneof(own, fc.constantFrom(...real)) : own
}

function objectFor(schema: Schema, next: (s: Schema) => fc.Arbitrary<unknown>, hints: Hints, shallow: boolean): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>
  if (Object.keys(properties).length === 0) {
    const values = typeof schema.additionalProperties === 'object' && !shallow ? next(schema.additionalProperties) : fc.constant('x')
    const keys = schema.propertyNames ? next(schema.propertyNames) : fc.string({ minLength: 1, maxLength: 12 })
    return fc.dictionary(keys as fc.Arbitrary<string>, values, { maxKeys: shallow ? 0 : 4 })
  }
  const required = new Set<string>(schema.required ?? [])
  const model = Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, hinted(k, next(s), hints)]))
  return fc.record(model, { requiredKeys: [...required].filter((k) => k in model) })
}
