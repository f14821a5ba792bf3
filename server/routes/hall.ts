import { Hono } from 'hono'
import { sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { NoQuery } from '../openapi/api-schemas.ts'
import { withoutSchemaKey, type ServedContent } from './served-content.ts'

/** `GET /api/hall`: the hall layout the animation draws. */
export function hallRoutes(content: ServedContent): Hono {
  return new Hono().get('/', (c) => {
    validateQuery(c, NoQuery)
    return sendRepresentation(c, content.cache.get('hall', () => withoutSchemaKey(content.catalogue.hall)))
  })
}
