import { Hono } from 'hono'
import { z } from 'zod'
import { validateQuery } from '../http/validate-query.ts'
import type { DraftDeps } from '../drafts/draft-deps.ts'
import { lookupApplication } from '../drafts/lookup-application.ts'
import { rateLimit } from '../http/rate-limit.ts'

export const ApplicationLookupQuery = z
  .object({
    number: z.string().min(1, 'give the application number from your receipt, e.g. JC-2026-000123-7').max(40),
    idLast4: z.string().regex(/^[0-9Xx]{4}$/, 'give the last 4 characters of the ID number (digits, or X)'),
  })
  .strict()

/**
 * The one budget for every way of guessing an application's ID number (look-ups here, evaluations of
 * an application): LOOKUP_RATE_PER_MINUTE per client, together.
 */
export function applicationGuessLimit(deps: Pick<DraftDeps, 'limits' | 'clock' | 'settings'>) {
  return rateLimit({ ...deps.limits, bucket: 'application-lookup', perMinute: deps.settings.lookupRatePerMinute, clock: deps.clock })
}

/**
 * Applications, mounted under /api/applications. `GET /lookup?number=…&idLast4=…` returns the status
 * history; it is rate-limited per client (LOOKUP_RATE_PER_MINUTE) and answers 429 with Retry-After.
 */
export function applicationRoutes(deps: DraftDeps): Hono {
  const limit = applicationGuessLimit(deps)
  return new Hono().get('/lookup', async (c) => {
    await limit(c)
    const { number, idLast4 } = validateQuery(c, ApplicationLookupQuery)
    c.header('Cache-Control', 'no-store')
    return c.json(await lookupApplication(deps, number, idLast4))
  })
}
