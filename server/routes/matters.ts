import { Hono } from 'hono'
import { pageOf } from '../../core/api/paging.ts'
import { ApiError } from '../http/api-error.ts'
import { sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { mattersQuery, NoQuery } from '../openapi/api-schemas.ts'
import { filterMatters } from './matter-filter.ts'
import { withoutSchemaKey, type ServedContent } from './served-content.ts'

/** `GET /api/matters` (filtered, searched, paged summaries) and `GET /api/matters/:id` (the full guide). */
export function matterRoutes(content: ServedContent): Hono {
  const query = mattersQuery(content.catalogue)
  return new Hono()
    .get('/', (c) => {
      const { offset, limit, ...filters } = validateQuery(c, query)
      const key = `matters?${JSON.stringify(Object.entries(filters).sort())}&${offset}&${limit}`
      const rep = content.cache.get(key, () => {
        const { rows, ...facts } = pageOf(filterMatters(content.summaries, content.searchIndex, filters), { offset, limit })
        return { matters: rows, ...facts }
      })
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
