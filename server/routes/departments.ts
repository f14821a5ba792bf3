import { Hono } from 'hono'
import { ApiError } from '../http/api-error.ts'
import { sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { NoQuery } from '../openapi/api-schemas.ts'
import { sendGroupPage } from './group-page.ts'
import type { ServedContent } from './served-content.ts'

/** `GET /api/departments` and `GET /api/departments/:id?offset=&limit=` (with one page of the department's matters). */
export function departmentRoutes(content: ServedContent): Hono {
  const { departments } = content.catalogue
  const mattersOf = (id: string) => content.groups.department.get(id) ?? []
  return new Hono()
    .get('/', (c) => {
      validateQuery(c, NoQuery)
      const rep = content.cache.get('departments', () => ({
        departments: departments.map((d) => ({ ...d, matterCount: mattersOf(d.id).length })),
      }))
      return sendRepresentation(c, rep)
    })
    .get('/:id', (c) => {
      const id = c.req.param('id')
      const department = departments.find((x) => x.id === id)
      if (department === undefined) throw new ApiError(404, 'department_not_found', `No department has the id "${id}". GET /api/departments lists them.`)
      return sendGroupPage(c, content, 'department', department)
    })
}
