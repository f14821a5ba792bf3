import type { MiddlewareHandler } from 'hono'
import { ApiError } from './api-error.ts'
import { isJsonMediaType } from './json-body.ts'

const safe = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses state-changing requests that another site's page makes in a visitor's browser (CSRF): a
 * form or script elsewhere could otherwise file tickets, rate applications or reset a kiosk on the
 * visitor's behalf. A POST, PUT, PATCH or DELETE is refused with 403 when the browser says it comes
 * from another site (`Sec-Fetch-Site`) or names an origin that is neither PUBLIC_ORIGIN nor the host
 * it was sent to; a body must be JSON (415 otherwise), which no cross-site form can send without a
 * CORS preflight this server never grants. Clients that send neither header (curl, servers) pass.
 *
 * @example app.use('/api/*', sameOriginWrites(settings.publicOrigin))
 */
export function sameOriginWrites(publicOrigin: string): MiddlewareHandler {
  return async (c, next) => {
    if (safe.has(c.req.method)) return next()
    const site = c.req.header('sec-fetch-site')
    const origin = c.req.header('origin')
    if (site === 'cross-site' || site === 'same-site' || (origin !== undefined && !sameOrigin(origin, publicOrigin, c.req.header('host')))) {
      throw new ApiError(403, 'cross_site_request', 'This request came from another site\'s page, so it was refused. Use this site\'s own pages.')
    }
    if (hasBody(c.req.header('content-length'), c.req.header('transfer-encoding')) && !isJsonMediaType(c.req.header('content-type'))) {
      throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.')
    }
    return next()
  }
}

function sameOrigin(origin: string, publicOrigin: string, host: string | undefined): boolean {
  if (origin === publicOrigin) return true
  try {
    return host !== undefined && new URL(origin).host === host
  } catch {
    return false // "null" (a sandboxed frame, a file) or garbage
  }
}

function hasBody(length: string | undefined, encoding: string | undefined): boolean {
  return encoding !== undefined || (length !== undefined && length !== '0')
}
