import type { Context } from 'hono'
import { pageOf } from '../../core/api/paging.ts'
import { sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { ListPageQuery } from '../openapi/api-schemas.ts'
import type { ServedContent } from './served-content.ts'

/**
 * Answers a department's or theme's page: the item itself with one page of its matters
 * (`?offset=&limit=`, twenty by default) and how many it has in all.
 */
export function sendGroupPage(c: Context, content: ServedContent, group: 'department' | 'theme', item: { id: string }): Response {
  const page = validateQuery(c, ListPageQuery)
  const rep = content.cache.get(`${group}/${item.id}?${page.offset}&${page.limit}`, () => {
    const { rows, ...facts } = pageOf(content.groups[group].get(item.id) ?? [], page)
    return { ...item, matters: rows, ...facts }
  })
  return sendRepresentation(c, rep)
}
