import { Hono } from 'hono'
import { represent, sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { NoQuery } from '../openapi/api-schemas.ts'
import { buildOpenApiDocument } from '../openapi/document.ts'
import type { Operation } from '../openapi/operations.ts'

/** `GET /api/openapi.json`. Built on first request: most runs never ask for it. */
export function openApiRoutes(operations: () => Operation[]): Hono {
  let rep: ReturnType<typeof represent> | undefined
  return new Hono().get('/', (c) => {
    validateQuery(c, NoQuery)
    rep ??= represent(buildOpenApiDocument(operations()))
    return sendRepresentation(c, rep)
  })
}
