import { Hono } from 'hono'
import { ApiError } from '../http/api-error.ts'
import { sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { NoQuery } from '../openapi/api-schemas.ts'
import { sendGroupPage } from './group-page.ts'
import type { ServedContent } from './served-content.ts'

/** `GET /api/themes` (with how many matters each has) and `GET /api/themes/:id?offset=&limit=` (one page of its matters). */
export function themeRoutes(content: ServedContent): Hono {
  const { themes } = content.catalogue
  const mattersOf = (id: string) => content.groups.theme.get(id) ?? []
  return new Hono()
    .get('/', (c) => {
      validateQuery(c, NoQuery)
      const rep = content.cache.get('themes', () => ({ themes: themes.map((t) => ({ ...t, matterCount: mattersOf(t.id).length })) }))
      return sendRepresentation(c, rep)
    })
    .get('/:id', (c) => {
      const id = c.req.param('id')
      const theme = themes.find((x) => x.id === id)
      if (theme === undefined) throw new ApiError(404, 'theme_not_found', `No theme has the id "${id}". GET /api/themes lists them.`)
      return sendGroupPage(c, content, 'theme', theme)
    })
}
