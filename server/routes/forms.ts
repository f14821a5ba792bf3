import { Hono } from 'hono'
import { ApiError } from '../http/api-error.ts'
import { sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { NoQuery } from '../openapi/api-schemas.ts'
import { withoutSchemaKey, type ServedContent } from './served-content.ts'

/** `GET /api/forms/:id`: an online form definition, which the client renders and validates. */
export function formRoutes(content: ServedContent): Hono {
  return new Hono().get('/:id', (c) => {
    validateQuery(c, NoQuery)
    const id = c.req.param('id')
    const form = content.catalogue.forms.find((f) => f.id === id)
    if (form === undefined) throw new ApiError(404, 'form_not_found', `No online form has the id "${id}".`)
    return sendRepresentation(c, content.cache.get(`form/${id}`, () => withoutSchemaKey(form)))
  })
}
