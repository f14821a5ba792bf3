import { Hono } from 'hono'
import { sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { namedPerWindow } from '../../core/api/page-sizes.ts'
import { NoQuery, type HallDirectory } from '../openapi/api-schemas.ts'
import { hallPlan } from '../../core/content/hall-layout.ts'
import { type ServedContent } from './served-content.ts'

/**
 * `GET /api/hall`: the hall layout the animation draws, with each zone's and window's number of matters
 * and a window's first few by name; `GET /api/hall/directory`: only those counts and names. Both are
 * the same size whatever the catalogue.
 */
export function hallRoutes(content: ServedContent): Hono {
  return new Hono()
    .get('/', (c) => {
      validateQuery(c, NoQuery)
      return sendRepresentation(c, content.cache.get('hall', () => hallPlan(content.catalogue.hall, (n) => content.groups.window.get(n) ?? [])))
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
