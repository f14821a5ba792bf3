import { Hono } from 'hono'
import type { StaffFunnel, StaffStatistics } from '../../core/api/staff.ts'
import { z } from 'zod'
import { aggregateFunnel } from '../../core/feedback/journey-events.ts'
import { evaluationStatistics } from '../../core/feedback/evaluation-statistics.ts'
import { chinaDate } from '../../core/calendar/working-days.ts'
import type { SceneScript } from '../../core/scenes/script.ts'
import { plainStaffMoves } from '../../core/forms/application-status.ts'
import { CorrectionRequest } from '../../core/review/correction-notice.ts'
import { RefusalRequest } from '../../core/review/refusal.ts'
import { auditCsv, auditJsonLines } from '../audit/audit-export.ts'
import { readJsonBody } from '../http/json-body.ts'
import { ApiError } from '../http/api-error.ts'
import { revokeLicence } from '../licences/licence-service.ts'
import { validateQuery } from '../http/validate-query.ts'
import { auditOf, caseState } from '../feedback/cases.ts'
import { catalogueOf, type FeedbackDeps } from '../feedback/feedback-deps.ts'
import { changeApplicationStatus, refuseApplication, requestCorrections } from '../staff/application-actions.ts'
import { applicationReview } from '../staff/application-review.ts'
import { staffLicenceLookup } from '../staff/licence-lookup.ts'
import { staffQueue } from '../staff/queue.ts'
import { requireStaff, type StaffVariables } from '../staff/require-staff.ts'
import { revokeStaffToken, tokenView } from '../staff/token-admin.ts'
import type { StoredCase } from '../store/feedback-repository.ts'

export const StatusChangeBody = z.object({ status: z.enum(plainStaffMoves), note: z.string().max(1000).optional() }).strict()
export const CaseAnswerBody = z.object({ answer: z.string().trim().min(2, 'write the answer').max(4000) }).strict()
export const FaqBody = z.object({ question: z.string().trim().min(2, 'write the question as it will be published').max(500), published: z.boolean() }).strict()
export const RevokeLicenceBody = z.object({ reason: z.string().trim().min(2, 'say why the licence is revoked').max(500) }).strict()
export const LicenceQuery = z.object({ find: z.string().trim().min(1, 'give the licence number, its /verify address or the application number').max(300) }).strict()
export const AuditQuery = z.object({ format: z.enum(['csv', 'jsonl']).default('jsonl'), after: z.coerce.number().int().min(0).default(0) }).strict()

type StaffApp = Hono<{ Variables: StaffVariables }>
const actorOf = (c: { get: (k: 'staff') => StaffVariables['staff'] }) => `staff:${c.get('staff').name}`
const caseNotFound = () => new ApiError(404, 'ticket_not_found', 'No ticket has this number.')

/**
 * The staff desk's API, mounted under /api/staff. Every route needs a staff bearer token (401
 * otherwise, before anything is looked up), and every change is written to the audit log. Live
 * tokens can be listed (never their secrets) and revoked, e.g. when someone leaves.
 *
 * @example app.route('/api/staff', staffRoutes(deps))
 */
export function staffRoutes(deps: FeedbackDeps): StaffApp {
  const app: StaffApp = new Hono()
  app.use(requireStaff(deps.feedback, deps.clock))
  app.get('/me', (c) => c.json({ name: c.get('staff').name }))
  app.get('/queue', async (c) => c.json(await staffQueue(deps)))

  app.get('/applications/:number', async (c) => c.json(await applicationReview(deps, c.req.param('number'), actorOf(c))))

  app.post('/applications/:number/status', async (c) => {
    const body = await readJsonBody(c, StatusChangeBody)
    return c.json(await changeApplicationStatus(deps, c.req.param('number'), body, actorOf(c)))
  })

  app.post('/applications/:number/corrections', async (c) => {
    const body = await readJsonBody(c, CorrectionRequest)
    return c.json(await requestCorrections(deps, c.req.param('number'), body, actorOf(c)))
  })

  app.post('/applications/:number/refusal', async (c) => {
    const body = await readJsonBody(c, RefusalRequest)
    return c.json(await refuseApplication(deps, c.req.param('number'), body, actorOf(c)))
  })

  app.get('/licences', async (c) => c.json(await staffLicenceLookup(deps, validateQuery(c, LicenceQuery).find)))

  app.post('/licences/:id/revoke', async (c) => {
    const { reason } = await readJsonBody(c, RevokeLicenceBody)
    if (!deps.licences) throw new ApiError(404, 'licence_not_found', 'This site issues no electronic licences.')
    return c.json(await revokeLicence(deps.licences, c.req.param('id'), reason, actorOf(c)))
  })

  app.get('/cases/:number', async (c) => {
    const kase = await deps.feedback.findCase(c.req.param('number').toUpperCase())
    if (!kase) throw caseNotFound()
    return c.json(await staffCaseView(deps, kase))
  })

  app.post('/cases/:number/answer', async (c) => {
    const { answer } = await readJsonBody(c, CaseAnswerBody)
    const kase = await deps.feedback.findCase(c.req.param('number').toUpperCase())
    if (!kase) throw caseNotFound()
    const update = { status: 'answered' as const, answer, answeredAt: deps.clock(), answeredBy: actorOf(c) }
    const after = await deps.feedback.updateCase(kase.number, 'open', update, auditOf(deps, actorOf(c), 'case.answered', `case:${kase.number}`, caseState(kase), { ...caseState(kase), status: 'answered', answered: true }))
    if (!after) throw new ApiError(409, 'already_answered', 'This ticket has been answered already.')
    return c.json(await staffCaseView(deps, after))
  })

  app.post('/cases/:number/faq', async (c) => {
    const { question, published } = await readJsonBody(c, FaqBody)
    const kase = await deps.feedback.findCase(c.req.param('number').toUpperCase())
    if (!kase) throw caseNotFound()
    if (kase.kind !== 'consultation' || kase.status !== 'answered') throw new ApiError(409, 'not_publishable', 'Only answered consultations can be published as FAQ.')
    const after = await deps.feedback.updateCase(kase.number, 'answered', { faqQuestion: question, faqPublished: published },
      auditOf(deps, actorOf(c), published ? 'faq.published' : 'faq.withdrawn', `case:${kase.number}`, caseState(kase), { ...caseState(kase), faqPublished: published }))
    if (!after) throw caseNotFound()
    return c.json(await staffCaseView(deps, after))
  })

  app.get('/tokens', async (c) => c.json({ tokens: (await deps.feedback.liveStaffTokens(deps.clock())).map(tokenView) }))

  app.delete('/tokens/:id', async (c) => {
    if (!(await revokeStaffToken(deps.feedback, c.req.param('id'), deps.clock(), actorOf(c)))) {
      throw new ApiError(404, 'token_not_found', 'No live staff token has this id.')
    }
    return c.body(null, 204)
  })

  app.get('/statistics', async (c) => {
    const list = await deps.feedback.listEvaluations()
    const anonymous = list.map((e) => ({ matterId: e.matterId, departmentId: e.departmentId, grades: e.grades, comment: null, day: chinaDate(e.createdAt) }))
    const cat = catalogueOf(deps)
    return c.json({
      ...evaluationStatistics(anonymous),
      names: { matters: Object.fromEntries(cat.matters.map((m) => [m.id, m.name])), departments: Object.fromEntries(cat.departments.map((d) => [d.id, d.name])) },
    } satisfies StaffStatistics)
  })

  app.get('/funnel', async (c) => {
    const cat = catalogueOf(deps)
    // Steps by what they ask or show, so staff read where people stop, not step ids.
    const stepTitle = (step: SceneScript['steps'][number]) => (step.kind === 'question' ? step.text : step.kind === 'scene' ? step.say : step.title)
    return c.json({
      scenes: aggregateFunnel(await deps.feedback.journeyEvents()),
      names: Object.fromEntries(cat.scenes.map((s) => [s.id, s.title])),
      steps: Object.fromEntries(cat.scenes.map((s) => [s.id, Object.fromEntries(s.steps.map((step) => [step.id, stepTitle(step)]))])),
    } satisfies StaffFunnel)
  })

  app.get('/audit', async (c) => {
    const { format, after } = validateQuery(c, AuditQuery)
    await deps.feedback.appendAudit(auditOf(deps, actorOf(c), 'audit.exported', `audit:after-${after}`, null, { format }))
    const entries = await deps.feedback.auditLog(after, 100_000)
    const stamp = chinaDate(deps.clock())
    c.header('Content-Disposition', `attachment; filename="audit-${stamp}.${format === 'csv' ? 'csv' : 'jsonl'}"`)
    return format === 'csv'
      ? c.body(auditCsv(entries), 200, { 'Content-Type': 'text/csv; charset=utf-8' })
      : c.body(auditJsonLines(entries), 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' })
  })
  return app
}

/** A case as staff see it: the citizen's text opened, and for a follow-up the grades given (never who gave them). */
export async function staffCaseView(deps: FeedbackDeps, kase: StoredCase) {
  const evaluation = kase.evaluationId ? await deps.feedback.findEvaluation(kase.evaluationId) : null
  const { passwordHash: _hash, textSealed, ...rest } = kase
  return {
    ...rest,
    openedAt: kase.openedAt.toISOString(),
    answeredAt: kase.answeredAt?.toISOString() ?? null,
    text: textSealed === null ? null : deps.crypto.open(textSealed),
    evaluation: evaluation && {
      grades: evaluation.grades,
      comment: evaluation.commentSealed === null ? null : deps.crypto.open(evaluation.commentSealed),
      sceneId: evaluation.sceneId,
    },
  }
}
