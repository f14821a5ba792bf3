import type { MiddlewareHandler } from 'hono'
import { unstorableReason } from '../store/storable-text.ts'
import { ApiError } from './api-error.ts'

/**
 * Refuses an API request whose path or query holds text no store keeps (a NUL, a lone surrogate, a
 * control character, e.g. `/api/staff/cases/%00`): 404 for the path, since nothing can live there,
 * and 400 bad_query for the query. The same rule as bodies (storable-text.ts), checked before any route
 * runs, so SQLite and PostgreSQL never see such a key and never answer differently.
 *
 * @example app.use('/api/*', refuseUnstorableUrlText())
 */
export function refuseUnstorableUrlText(): MiddlewareHandler {
  return async (c, next) => {
    let path = c.req.path
    try {
      path = decodeURIComponent(path)
    } catch {
      // %-escapes that are not UTF-8 stay escaped, and so harmless
    }
    if (unstorableReason(path) !== null) throw new ApiError(404, 'not_found', 'Nothing is at this address: it holds a character no address can hold.')
    const problems = Object.entries(c.req.queries()).flatMap(([name, values]) => {
      const reason = unstorableReason(name) ?? values.map(unstorableReason).find((r) => r !== null)
      return reason ? [{ param: unstorableReason(name) === null ? name : '(name)', message: reason }] : []
    })
    if (problems.length > 0) throw new ApiError(400, 'bad_query', `The query is not valid: ${problems.map((p) => `${p.param}: ${p.message}`).join('; ')}.`, problems)
    return next()
  }
}
