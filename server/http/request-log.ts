import type { Context, MiddlewareHandler } from 'hono'
import { routePath } from 'hono/route'

/** Pages and API paths whose next segment is a secret that opens something (a draft token, a hand-off code). */
const secretAfter = /^(\/resume|\/h|\/api\/drafts|\/api\/handoffs)\/(?!resume$)[^/]+/

/**
 * The path of a request as logs may show it: the route's pattern (`/api/drafts/:token`) where a route
 * matched, otherwise the path with any secret segment replaced; never the query string (it holds
 * ticket passwords and ID digits). Draft tokens and hand-off codes open what they name, so a log
 * that kept them would be a key to every draft in it.
 *
 * @example loggedPath(c) // '/api/drafts/:token/submit' for POST /api/drafts/3ZJ…/submit
 */
export function loggedPath(c: Context): string {
  let pattern = ''
  try {
    pattern = routePath(c)
  } catch {
    // no route matched yet
  }
  if (pattern !== '' && !pattern.includes('*')) return pattern
  return c.req.path.replace(secretAfter, '$1/:secret')
}

/**
 * With LOG_LEVEL=debug, one line per request: method, path as `loggedPath` gives it, status and time.
 *
 * @example if (settings.logLevel === 'debug') app.use(requestLog(log))
 */
export function requestLog(log: (message: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()
    await next()
    log(`${c.req.method} ${loggedPath(c)} ${c.res.status} ${Math.round(performance.now() - started)}ms`)
  }
}
