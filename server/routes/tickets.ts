import { Hono } from 'hono'
import { RateAnswerBody, TicketBody, TicketLookupQuery, type PublishedFaq } from '../../core/api/feedback.ts'
import { readJsonBody } from '../http/json-body.ts'
import { ApiError } from '../http/api-error.ts'
import { validateQuery } from '../http/validate-query.ts'
import { auditOf, caseState, citizenView, findCaseWithPassword, openCase } from '../feedback/cases.ts'
import { findMatter, publicLimit, type FeedbackDeps } from '../feedback/feedback-deps.ts'

/**
 * Consultations, complaints and suggestions, and the follow-ups of bad reviews, mounted under
 * /api/tickets: `POST /` files one (its number and query password are shown once), `GET /lookup`
 * shows its status and answer, `POST /rate` rates the answer once. All rate-limited per client.
 *
 * @example app.route('/api/tickets', ticketRoutes(deps))
 */
export function ticketRoutes(deps: FeedbackDeps): Hono {
  const limitFiling = publicLimit(deps, 'ticket-file')
  const limitLookup = publicLimit(deps, 'ticket-lookup')
  const app = new Hono()
  app.use(async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })

  app.post('/', async (c) => {
    await limitFiling(c)
    const body = await readJsonBody(c, TicketBody)
    if (body.matterId) findMatter(deps, body.matterId)
    const receipt = await openCase(deps, body.kind, { matterId: body.matterId ?? null, evaluationId: null, textSealed: deps.crypto.seal(body.text) }, (kase) =>
      deps.feedback.insertCase(kase, auditOf(deps, 'citizen', 'case.opened', `case:${kase.number}`, null, caseState(kase))),
    )
    return c.json(receipt, 201)
  })

  app.get('/lookup', async (c) => {
    await limitLookup(c)
    const { number, password } = validateQuery(c, TicketLookupQuery)
    return c.json(citizenView(deps, await findCaseWithPassword(deps, number, password)))
  })

  app.post('/rate', async (c) => {
    await limitLookup(c)
    const { number, password, grade } = await readJsonBody(c, RateAnswerBody)
    const kase = await findCaseWithPassword(deps, number, password)
    if (kase.status !== 'answered' || kase.answerGrade !== null) {
      throw new ApiError(409, 'cannot_rate', kase.status !== 'answered' ? 'There is no answer to rate yet.' : 'You have rated this answer already.')
    }
    const after = await deps.feedback.updateCase(kase.number, 'answered', { answerGrade: grade }, auditOf(deps, 'citizen', 'case.answer-rated', `case:${kase.number}`, caseState(kase), { ...caseState(kase), answerGrade: grade }))
    if (!after) throw new ApiError(409, 'cannot_rate', 'You have rated this answer already.')
    return c.json(citizenView(deps, after))
  })
  return app
}

/**
 * Answers to consultations that staff published as FAQ on a matter's guide: `GET /api/matters/:id/faq`.
 *
 * @example app.get('/api/matters/:id/faq', publishedFaqHandler(deps))
 */
export function publishedFaqRoutes(deps: FeedbackDeps): Hono {
  return new Hono().get('/:id/faq', async (c) => {
    const matter = findMatter(deps, c.req.param('id'))
    const list = await deps.feedback.publishedFaq(matter.id)
    c.header('Cache-Control', 'public, max-age=60')
    const faq: PublishedFaq = { matterId: matter.id, faq: list.map((k) => ({ question: k.faqQuestion ?? '', answer: k.answer ?? '', answeredAt: k.answeredAt?.toISOString() ?? null })) }
    return c.json(faq)
  })
}
