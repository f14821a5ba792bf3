import { Hono } from 'hono'
import { sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { namedPerWindow } from '../../core/api/page-sizes.ts'
import { NoQuery, type HallDirectory } from '../openapi/api-schemas.ts'
import { withoutSchemaKey, type ServedContent } from './served-content.ts'

/**
 * `GET /api/hall`: the hall layout the animation draws; `GET /api/hall/directory`: each window's
 * number of matters and the names of its first few, the same size whatever the catalogue.
 */
export function hallRoutes(content: ServedContent): Hono {
  return new Hono()
    .get('/', (c) => {
      validateQuery(c, NoQuery)
      return sendRepresentation(c, content.cache.get('hall', () => withoutSchemaKey(content.catalogue.hall)))
    })
    .get('/directory', (c) => {
      validateQuery(c, NoQuery)
      const directory = (): HallDirectory => ({
        windows: content.catalogue.hall.windows.map((w) => {
          const matters = content.groups.window.get(w.number) ?? []
          return { number: w.number, matterCount: matters.length, matters: matters.slice(0, namedPerWindow).map((m) => ({ id: m.id, name: m.name })) }
        }),
      })
      return sendRepresentation(c, content.cache.get('hall/directory', directory))
    })
}
