import { Hono } from 'hono'
import { ApiError } from '../http/api-error.ts'
import { sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { mattersQuery, NoQuery } from '../openapi/api-schemas.ts'
import { filterMatters } from './matter-filter.ts'
import { withoutSchemaKey, type ServedContent } from './served-content.ts'

/** `GET /api/matters` (filtered, searched summaries) and `GET /api/matters/:id` (the full guide). */
export function matterRoutes(content: ServedContent): Hono {
  const query = mattersQuery(content.catalogue)
  return new Hono()
    .get('/', (c) => {
      const q = validateQuery(c, query)
      const key = `matters?${JSON.stringify(Object.entries(q).sort())}`
      const rep = content.cache.get(key, () => ({ matters: filterMatters(content.summaries, content.searchIndex, q) }))
      return sendRepresentation(c, rep)
    })
    .get('/:id', (c) => {
      validateQuery(c, NoQuery)
      const id = c.req.param('id')
      const matter = content.mattersById.get(id)
      if (matter === undefined) throw new ApiError(404, 'matter_not_found', `No matter has the id "${id}". GET /api/matters lists them.`)
      return sendRepresentation(c, content.cache.get(`matter/${id}`, () => withoutSchemaKey(matter)))
    })
}
