import { z } from 'zod'
import { Condition } from '../../core/conditions/condition.ts'
import { FormField } from '../../core/content/form.ts'
import { Slug, Text } from '../../core/content/text.ts'
import { FormData } from '../../core/forms/form-data.ts'
import { ErrorBody } from './api-schemas.ts'
import type { Operation } from './operations.ts'
import { ref, responsesOf } from './responses.ts'

type JsonObject = Record<string, unknown>

/** All body schemas as components, shared ones (Text, Slug, Condition, FormField, FormData) referenced by name. */
function componentSchemas(operations: Operation[]): JsonObject {
  const registry = z.registry<{ id: string }>()
  for (const [name, schema] of Object.entries({ Text, Slug, Condition, FormField, FormData, ErrorBody })) registry.add(schema, { id: name })
  const named = operations.flatMap((op) => [op.response, ...(op.alsoAnswers ?? []), ...(op.body ? [op.body] : [])])
  for (const item of named) if ('schema' in item && !registry.has(item.schema)) registry.add(item.schema, { id: item.name })
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any', io: 'output' })
  const out: JsonObject = {}
  for (const [name, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as JsonObject
    out[name] = rest
  }
  return out
}

/** A field a query may leave out: optional, or with a default. */
const omittable = (schema: z.ZodType) => schema.safeParse(undefined).success
const unwrapped = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional || schema instanceof z.ZodDefault ? unwrapped(schema.unwrap() as z.ZodType) : schema

function queryParameters(query: z.ZodObject | undefined): JsonObject[] {
  if (query === undefined) return []
  return Object.entries(query.shape).map(([name, field]) => {
    const schema = field as z.ZodType
    const { $schema: _s, ...json } = z.toJSONSchema(unwrapped(schema), { unrepresentable: 'any' }) as JsonObject
    return { name, in: 'query', required: !omittable(schema), description: schema.description, schema: json }
  })
}

function operationObject(op: Operation): JsonObject {
  const parameters = [
    ...(op.pathParams ?? []).map((p) => ({ name: p.name, in: 'path', required: true, description: p.description, schema: { type: 'string' } })),
    ...queryParameters(op.query),
    ...(op.headerParams ?? []).map((p) => ({ name: p.name, in: 'header', required: true, description: p.description, schema: { type: 'string' } })),
    ...(op.cached ? [{ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } }] : []),
  ]
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.deprecated ? { description: op.deprecated, deprecated: true } : {}),
    tags: [op.tag],
    parameters,
    ...(op.body ? { requestBody: { required: !op.body.optional, content: { 'application/json': { schema: ref(op.body.name) } } } } : {}),
    responses: responsesOf(op),
    ...(op.staff ? { security: [{ staffToken: [] }] } : op.bearer ? { security: [{ issuedKey: [] }] } : {}),
  }
}

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the routes validate and answer with.
 *
 * @example buildOpenApiDocument(contentOperations(catalogue)).paths['/api/matters'].get.operationId // 'listMatters'
 */
export function buildOpenApiDocument(operations: Operation[]): JsonObject {
  const paths: Record<string, JsonObject> = {}
  for (const op of operations) paths[op.path] = { ...paths[op.path], [op.method]: operationObject(op) }
  return {
    openapi: '3.1.0',
    info: {
      title: '江川市政务服务中心 场景式服务 API',
      version: '1.0.0',
      description: 'Matters, departments, the hall, forms and guided scenes of the Jiangchuan City Administrative Service Centre, with drafts, applications, hand-offs, feedback and the staff desk. Errors are always { error: { code, message, details? } }.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: componentSchemas(operations),
      securitySchemes: {
        staffToken: { type: 'http', scheme: 'bearer', description: 'A staff token `st_<id>.<secret>` from `npx tsx server/cli/staff-token.ts --name "…"`.' },
        issuedKey: { type: 'http', scheme: 'bearer', description: 'A key this API gave out with the thing it protects, e.g. a hand-off\'s revokeKey.' },
      },
    },
  }
}
