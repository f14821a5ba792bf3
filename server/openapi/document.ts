import { z } from 'zod'
import { Condition } from '../../core/conditions/condition.ts'
import { FormField } from '../../core/content/form.ts'
import { Slug, Text } from '../../core/content/text.ts'
import { ErrorBody } from './api-schemas.ts'
import type { Operation } from './operations.ts'

type JsonObject = Record<string, unknown>
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('ErrorBody') } } })

/** All body schemas as components, shared ones (Text, Slug, Condition, FormField) referenced by name. */
function componentSchemas(operations: Operation[]): JsonObject {
  const registry = z.registry<{ id: string }>()
  for (const [name, schema] of Object.entries({ Text, Slug, Condition, FormField, ErrorBody })) registry.add(schema, { id: name })
  for (const op of operations) if (!registry.has(op.response.schema)) registry.add(op.response.schema, { id: op.response.name })
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any', io: 'output' })
  const out: JsonObject = {}
  for (const [name, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as JsonObject
    out[name] = rest
  }
  return out
}

function queryParameters(query: z.ZodObject | undefined): JsonObject[] {
  if (query === undefined) return []
  return Object.entries(query.shape).map(([name, field]) => {
    const schema = field as z.ZodType
    const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema
    const { $schema: _s, ...json } = z.toJSONSchema(inner, { unrepresentable: 'any' }) as JsonObject
    return { name, in: 'query', required: !(schema instanceof z.ZodOptional), description: schema.description, schema: json }
  })
}

function operationObject(op: Operation): JsonObject {
  const responses: JsonObject = {
    200: {
      description: op.response.description,
      ...(op.cached ? { headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } } } : {}),
      content: { 'application/json': { schema: ref(op.response.name) } },
    },
  }
  if (op.cached) responses[304] = { description: 'Not modified: the If-None-Match ETag is current' }
  if (op.path.startsWith('/api/') && op.operationId !== 'openapi') responses[400] = errorResponse('bad_query: a query parameter is unknown or invalid')
  if (op.notFound !== undefined) responses[404] = errorResponse(`${op.notFound}: no such id`)
  responses[413] = errorResponse('payload_too_large: the request body is over the limit')
  responses[500] = errorResponse('internal_error')
  const parameters = [
    ...(op.pathParams ?? []).map((p) => ({ name: p.name, in: 'path', required: true, description: p.description, schema: { type: 'string' } })),
    ...queryParameters(op.query),
    ...(op.cached ? [{ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } }] : []),
  ]
  return { operationId: op.operationId, summary: op.summary, tags: [op.tag], parameters, responses }
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
      description: 'Matters, departments, the hall, forms and guided scenes of the Jiangchuan City Administrative Service Centre. Errors are always { error: { code, message, details? } }.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: componentSchemas(operations) },
  }
}
