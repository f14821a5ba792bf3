import { Hono } from 'hono'
import { z } from 'zod'
import { validateQuery } from '../http/validate-query.ts'
import { socketAddress, type DraftDeps } from '../drafts/draft-deps.ts'
import { lookupApplication } from '../drafts/lookup-application.ts'
import { createRateLimiter, tooManyAttempts } from '../drafts/rate-limiter.ts'

export const ApplicationLookupQuery = z
  .object({
    number: z.string().min(1, 'give the application number from your receipt, e.g. JC-2026-000123-7').max(40),
    idLast4: z.string().regex(/^[0-9Xx]{4}$/, 'give the last 4 characters of the ID number (digits, or X)'),
  })
  .strict()

/**
 * Applications, mounted under /api/applications. `GET /lookup?number=…&idLast4=…` returns the status
 * history; it is rate-limited per client (LOOKUP_RATE_PER_MINUTE) and answers 429 with Retry-After.
 */
export function applicationRoutes(deps: DraftDeps): Hono {
  const limit = createRateLimiter(deps.settings.lookupRatePerMinute, deps.clock)
  const clientKey = deps.clientKey ?? socketAddress
  return new Hono().get('/lookup', async (c) => {
    const verdict = limit(clientKey(c))
    if (!verdict.allowed) throw tooManyAttempts(verdict.retryAfterSeconds)
    const { number, idLast4 } = validateQuery(c, ApplicationLookupQuery)
    c.header('Cache-Control', 'no-store')
    return c.json(await lookupApplication(deps, number, idLast4))
  })
}
