import { randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import { EvaluationBody, type EvaluationAnswer } from '../../core/api/feedback.ts'
import { isBadReview } from '../../core/feedback/grades.ts'
import { applicationToRate } from '../drafts/lookup-application.ts'
import { readJsonBody } from '../http/json-body.ts'
import { ApiError } from '../http/api-error.ts'
import { auditOf, openCase } from '../feedback/cases.ts'
import { catalogueOf, findMatter, publicLimit, type FeedbackDeps } from '../feedback/feedback-deps.ts'
import type { StoredEvaluation } from '../store/feedback-repository.ts'
import { applicationGuessLimit } from './applications.ts'


/**
 * 好差评, mounted under /api/evaluations. `POST /` rates a journey result or an application (one per
 * application and matter; the application is proved by the submit answer's rating key or the whole ID
 * number, and every try counts against the application look-up budget). A
 * grade of 1-2 opens a follow-up the citizen looks up like a ticket: the answer gives its number and
 * password once, and the follow-up's text is the contact the citizen left for it (sealed; a good
 * rating's contact is not kept).
 *
 * @example app.route('/api/evaluations', evaluationRoutes(deps))
 */
export function evaluationRoutes(deps: FeedbackDeps): Hono {
  const limit = publicLimit(deps, 'evaluation')
  const limitGuesses = applicationGuessLimit(deps.drafts)
  return new Hono().post('/', async (c) => {
    await limit(c)
    const body = await readJsonBody(c, EvaluationBody)
    if (body.target === 'application') await limitGuesses(c)
    const evaluation = await evaluationFor(deps, body)
    const created = auditOf(deps, 'citizen', 'evaluation.created', `evaluation:${evaluation.id}`, null, { overall: evaluation.grades.overall, matterId: evaluation.matterId })
    c.header('Cache-Control', 'no-store')
    if (!isBadReview(evaluation.grades.overall)) {
      const result = await deps.feedback.insertEvaluation(evaluation, null, [created])
      if (result === 'duplicate') throw new ApiError(409, 'already_rated', 'This application and matter were rated already: one evaluation each (一事一评).')
      return c.json({ followUp: null } satisfies EvaluationAnswer, 201)
    }
    const textSealed = body.contact ? deps.crypto.seal(body.contact) : null
    const followUp = await openCase(deps, 'follow-up', { matterId: evaluation.matterId, evaluationId: evaluation.id, textSealed }, (kase) =>
      deps.feedback.insertEvaluation(evaluation, kase, [created, auditOf(deps, 'citizen', 'case.opened', `case:${kase.number}`, null, { status: 'open', dueDate: kase.dueDate })]),
    )
    return c.json({ followUp } satisfies EvaluationAnswer, 201)
  })
}

async function evaluationFor(deps: FeedbackDeps, body: EvaluationBody): Promise<StoredEvaluation> {
  const comment = body.comment ? deps.crypto.seal(body.comment) : null
  const base = { id: randomUUID(), grades: body.grades, commentSealed: comment, createdAt: deps.clock() }
  if (body.target === 'application') {
    const application = await applicationToRate(deps.drafts, body.number, body.ratingKey !== undefined ? { ratingKey: body.ratingKey } : { idNumber: body.idNumber ?? '' })
    const matter = catalogueOf(deps).matters.find((m) => m.id === application.matterId)
    return { ...base, applicationNumber: application.number, matterId: application.matterId, departmentId: matter?.department ?? null, sceneId: null }
  }
  if (!catalogueOf(deps).scenes.some((s) => s.id === body.scene)) throw new ApiError(404, 'scene_not_found', `No situation has the id "${body.scene}".`)
  const matter = body.matterId ? findMatter(deps, body.matterId) : null
  return { ...base, applicationNumber: null, matterId: matter?.id ?? null, departmentId: matter?.department ?? null, sceneId: body.scene }
}
