import { Hono } from 'hono'
import { ApiError } from '../http/api-error.ts'
import { sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { NoQuery } from '../openapi/api-schemas.ts'
import { withoutSchemaKey, type ServedContent } from './served-content.ts'

/** `GET /api/scenes` (summaries) and `GET /api/scenes/:id` (the full script; the client compiles it). */
export function sceneRoutes(content: ServedContent): Hono {
  const { scenes } = content.catalogue
  return new Hono()
    .get('/', (c) => {
      validateQuery(c, NoQuery)
      const rep = content.cache.get('scenes', () => ({
        scenes: scenes.map(({ id, title, summary, theme, audience }) => ({ id, title, summary, theme, audience })),
      }))
      return sendRepresentation(c, rep)
    })
    .get('/:id', (c) => {
      validateQuery(c, NoQuery)
      const id = c.req.param('id')
      const scene = scenes.find((s) => s.id === id)
      if (scene === undefined) throw new ApiError(404, 'scene_not_found', `No scene has the id "${id}". GET /api/scenes lists them.`)
      return sendRepresentation(c, content.cache.get(`scene/${id}`, () => withoutSchemaKey(scene)))
    })
}
