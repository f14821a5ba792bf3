import { Hono } from 'hono'
import { z } from 'zod'
import { validateQuery } from '../http/validate-query.ts'
import { readJsonBody } from '../http/json-body.ts'
import type { DraftDeps } from '../drafts/draft-deps.ts'
import type { FeedbackDeps } from '../feedback/feedback-deps.ts'
import { rateLimit } from '../http/rate-limit.ts'
import { CorrectionProof, correctionForm, ResubmitBody, resubmitCorrections } from '../review/citizen-corrections.ts'
import { citizenProgress } from '../review/citizen-progress.ts'

export const ApplicationLookupQuery = z
  .object({
    number: z.string().min(1, 'give the application number from your receipt, e.g. JC-2026-000123-7').max(40),
    idLast4: z.string().regex(/^[0-9Xx]{4}$/, 'give the last 4 characters of the ID number (digits, or X)'),
  })
  .strict()

/**
 * The one budget for every way of guessing an application's ID number (look-ups here, corrections,
 * evaluations of an application): LOOKUP_RATE_PER_MINUTE per client, together.
 */
export function applicationGuessLimit(deps: Pick<DraftDeps, 'limits' | 'clock' | 'settings'>) {
  return rateLimit({ ...deps.limits, bucket: 'application-lookup', perMinute: deps.settings.lookupRatePerMinute, clock: deps.clock })
}

/**
 * Applications, mounted under /api/applications. `GET /lookup?number=…&idLast4=…` returns the progress
 * with the matter, the promised date and any correction notice; `POST /:number/correction` opens the
 * notice's form and `POST /:number/resubmit` sends the corrections, both with the whole ID number. All
 * are rate-limited per client (LOOKUP_RATE_PER_MINUTE) and answer 429 with Retry-After.
 */
export function applicationRoutes(deps: FeedbackDeps): Hono {
  const limit = applicationGuessLimit(deps.drafts)
  return new Hono()
    .get('/lookup', async (c) => {
      await limit(c)
      const { number, idLast4 } = validateQuery(c, ApplicationLookupQuery)
      c.header('Cache-Control', 'no-store')
      return c.json(await citizenProgress(deps, number, idLast4))
    })
    .post('/:number/correction', async (c) => {
      await limit(c)
      const { idNumber } = await readJsonBody(c, CorrectionProof)
      c.header('Cache-Control', 'no-store')
      return c.json(await correctionForm(deps, c.req.param('number'), idNumber))
    })
    .post('/:number/resubmit', async (c) => {
      await limit(c)
      const body = await readJsonBody(c, ResubmitBody)
      const application = await resubmitCorrections(deps, c.req.param('number'), body)
      c.header('Cache-Control', 'no-store')
      return c.json({ number: application.number, status: application.status, revision: application.revision })
    })
}
