import { Hono } from 'hono'
import { sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { NoQuery } from '../openapi/api-schemas.ts'
import type { ServedContent } from './served-content.ts'

/** `GET /api/themes`: the themes with how many matters each has. */
export function themeRoutes(content: ServedContent): Hono {
  return new Hono().get('/', (c) => {
    validateQuery(c, NoQuery)
    const rep = content.cache.get('themes', () => ({
      themes: content.catalogue.themes.map((t) => ({ ...t, matterCount: content.summaries.filter((m) => m.themes.includes(t.id)).length })),
    }))
    return sendRepresentation(c, rep)
  })
}
