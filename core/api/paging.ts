import { z } from 'zod'
import { maxPageSize } from './page-sizes.ts'

const count = (what: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, `give ${what} as a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${what} is at least ${min}`).max(max, `${what} is at most ${max}`))

/**
 * The paging parameters of a list's query string: `offset` (rows to skip, default 0) and `limit`
 * (rows to give, 1-200, default `pageSize`).
 *
 * @example PageQuery(20).parse({ offset: '40' }) // { offset: 40, limit: 20 }
 */
export function PageQuery(pageSize: number) {
  return z.object({
    offset: count('offset', 0, 999_999).optional().default(0).describe('rows to skip (default 0)'),
    limit: count('limit', 1, maxPageSize).optional().default(pageSize).describe(`rows to give, 1-${maxPageSize} (default ${pageSize})`),
  })
}
export type Page = { offset: number; limit: number }

/** What a paged answer says besides its rows: how many there are in all, and which window it gives. */
export const PageFacts = z.object({
  total: z.number().int().min(0).describe('rows in the whole list'),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1),
})
export type PageFacts = z.infer<typeof PageFacts>

/**
 * One page of a list, with its facts.
 *
 * @example pageOf(['a', 'b', 'c'], { offset: 2, limit: 2 }) // { rows: ['c'], total: 3, offset: 2, limit: 2 }
 */
export function pageOf<T>(rows: readonly T[], page: Page): PageFacts & { rows: T[] } {
  return { rows: rows.slice(page.offset, page.offset + page.limit), total: rows.length, offset: page.offset, limit: page.limit }
}

/** The 1-based page number a 0-based offset falls on, and how many pages there are (at least one). */
export function pageNumbers(facts: PageFacts): { page: number; pages: number } {
  return { page: Math.floor(facts.offset / facts.limit) + 1, pages: Math.max(1, Math.ceil(facts.total / facts.limit)) }
}
