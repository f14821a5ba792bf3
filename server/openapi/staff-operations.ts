import { z } from 'zod'
import { Text } from '../../core/content/text.ts'
import { caseKinds } from '../../core/feedback/deadlines.ts'
import { Grades } from '../../core/feedback/grades.ts'
import type { EvaluationStatistics } from '../../core/feedback/evaluation-statistics.ts'
import type { SceneFunnel } from '../../core/feedback/journey-events.ts'
import { ApplicationStatus } from '../../core/forms/application-status.ts'
import { CorrectionRequest } from '../../core/review/correction-notice.ts'
import { RefusalRequest } from '../../core/review/refusal.ts'
import { FormData } from '../../core/forms/form-data.ts'
import { AuditQuery, CaseAnswerBody, FaqBody, StatusChangeBody, type staffCaseView } from '../routes/staff.ts'
import type { ApplicationReview } from '../../core/review/review-views.ts'
import { FormSchema, PromisedDeadlineSchema, ReviewNoticeSchema } from './review-schemas.ts'
import type { changeApplicationStatus } from '../staff/application-actions.ts'
import type { staffQueue } from '../staff/queue.ts'
import type { StaffTokenView } from '../staff/token-admin.ts'
import { answering } from './answering.ts'
import type { Operation } from './operations.ts'

const Urgency = z.object({ state: z.enum(['overdue', 'due-soon', 'on-time']), workingDaysLeft: z.number().int() }).nullable()
const caseFields = {
  number: z.string(), kind: z.enum(caseKinds), matterId: z.string().nullable(), evaluationId: z.string().nullable(), status: z.enum(['open', 'answered']),
  openedAt: z.string(), dueDate: z.string(), answer: z.string().nullable(), answeredAt: z.string().nullable(), answeredBy: z.string().nullable(),
  answerGrade: z.number().int().nullable(), faqQuestion: z.string().nullable(), faqPublished: z.boolean(),
}

const StaffQueue = answering<Awaited<ReturnType<typeof staffQueue>>>()(
  z.object({
    applications: z.array(z.object({
      id: z.string(), number: z.string(), matterId: z.string(), formId: z.string(), status: ApplicationStatus, submittedAt: z.string(),
      matterName: Text.nullable(), dueDate: z.string().nullable(), urgency: Urgency,
    })),
    cases: z.array(z.object({ ...caseFields, urgency: Urgency })),
    counts: z.object({ overdue: z.number().int(), dueSoon: z.number().int() }),
  }),
)

const StaffCase = answering<Awaited<ReturnType<typeof staffCaseView>>>()(
  z.object({
    ...caseFields,
    text: z.string().nullable().describe('the citizen\'s words, decrypted'),
    evaluation: z.object({ grades: Grades, comment: z.string().nullable(), sceneId: z.string().nullable() }).nullable().describe('for a follow-up: the grades given, never who gave them'),
  }),
)

const StatusChanged = answering<Awaited<ReturnType<typeof changeApplicationStatus>>>()(
  z.object({
    number: z.string(),
    status: ApplicationStatus,
    note: z.string().nullable(),
    history: z.array(z.object({ at: z.string(), actor: z.string(), status: ApplicationStatus, note: z.string().nullable() })),
    licence: z.object({ id: z.string(), verifyUrl: z.string() }).nullable().describe('the electronic licence 办结 issued (matters with a licence), else null'),
  }),
)

const Review = answering<ApplicationReview>()(
  z.object({
    number: z.string(), status: ApplicationStatus, statusLabel: Text, revision: z.number().int(), submittedAt: z.string(), matterId: z.string(), matterName: Text.nullable(),
    basis: z.array(z.object({ index: z.number().int(), citation: z.string() })).describe('the matter\'s legal bases; a refusal cites one by index'),
    materials: z.array(z.object({ id: z.string(), name: Text, required: z.boolean(), condition: Text.nullable(), source: z.string(), declared: z.string().nullable() })),
    form: FormSchema,
    data: FormData.describe('the answers as submitted, personal values opened'),
    changes: z.object({ fields: z.array(z.string()), materials: z.array(z.string()) }).nullable().describe('what the latest resubmission changed'),
    notices: z.array(ReviewNoticeSchema),
    history: z.array(z.object({ at: z.string(), actor: z.string(), status: ApplicationStatus, label: Text, note: z.string().nullable() })),
    deadline: PromisedDeadlineSchema.nullable(),
  }),
)

const GradeSummary = z.object({
  count: z.number().int(),
  meanOverall: z.number().nullable(),
  badShare: z.number(),
  distribution: z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int(), 5: z.number().int() }),
  indicators: z.object({ efficiency: z.number().nullable(), guideAccuracy: z.number().nullable(), convenience: z.number().nullable(), usability: z.number().nullable() }),
})
const Statistics = answering<EvaluationStatistics>()(
  z.object({ overall: GradeSummary, byMatter: z.record(z.string(), GradeSummary), byDepartment: z.record(z.string(), GradeSummary) }),
).extend({ names: z.object({ matters: z.record(z.string(), Text), departments: z.record(z.string(), Text) }) })

const Funnel = z.object({
  scenes: z.array(answering<SceneFunnel>()(
    z.object({ scene: z.string(), started: z.number().int(), finished: z.number().int(), stoppedAt: z.record(z.string(), z.number().int()), outcomes: z.record(z.string(), z.number().int()) }),
  )),
  names: z.record(z.string(), Text),
  steps: z.record(z.string(), z.record(z.string(), Text)).describe('per scene, each step\'s question or title by step id'),
})

const TokenList = z.object({
  tokens: z.array(answering<StaffTokenView>()(z.object({ id: z.string(), name: z.string(), createdAt: z.string(), expiresAt: z.string() }))).describe('live tokens, oldest first; never their secrets'),
})

const number = (what: string) => [{ name: 'number', description: `the ${what} number` }]
const staffCase = (description: string) => ({ name: 'StaffCase', schema: StaffCase, description })
const noTicket = 'ticket_not_found: no ticket has this number'

/** /api/staff (server/routes/staff.ts): every operation needs a staff bearer token. */
export const staffOperations: Operation[] = ([
  { method: 'get', path: '/api/staff/me', operationId: 'staffMe', summary: 'Who is signed in', response: { name: 'StaffMember', schema: z.object({ name: z.string() }), description: 'The staff member\'s name' } },
  { method: 'get', path: '/api/staff/queue', operationId: 'staffQueue', summary: 'Open applications and cases, most urgent first', response: { name: 'StaffQueue', schema: StaffQueue, description: 'Both queues with deadlines and urgency' } },
  { method: 'get', path: '/api/staff/applications/{number}', operationId: 'reviewApplication', summary: 'An application as submitted, for pre-review (预审); the opening is audited', pathParams: number('application'), response: { name: 'ApplicationReview', schema: Review, description: 'Answers, materials, notices, history and the promised deadline' }, errors: { 404: 'application_not_found: no application has this number; form_not_found: its form is no longer served' } },
  {
    method: 'post', path: '/api/staff/applications/{number}/corrections', operationId: 'requestCorrections', summary: 'Ask for corrections once (一次性告知): every ticked material and field with its reason; the promised limit stops',
    pathParams: number('application'), body: { name: 'CorrectionRequest', schema: CorrectionRequest }, response: { name: 'StatusChanged', schema: StatusChanged, description: 'Now 补正中, with the whole history' },
    errors: { 404: 'application_not_found: no application has this number', 409: 'status_not_allowed: corrections cannot be asked for now; status_changed: someone else changed it meanwhile; matter_withdrawn: its matter is gone', 422: 'invalid_items: an item is not on this application\'s form or matter' },
  },
  {
    method: 'post', path: '/api/staff/applications/{number}/refusal', operationId: 'refuseApplication', summary: '不予受理, citing one of the matter\'s legal bases with the reason',
    pathParams: number('application'), body: { name: 'RefusalRequest', schema: RefusalRequest }, response: { name: 'StatusChanged', schema: StatusChanged, description: 'Refused, with the whole history' },
    errors: { 404: 'application_not_found: no application has this number', 409: 'status_not_allowed: it can no longer be refused; status_changed: someone else changed it meanwhile', 422: 'unknown_basis: not one of the matter\'s legal bases' },
  },
  {
    method: 'post', path: '/api/staff/applications/{number}/status', operationId: 'changeApplicationStatus', summary: 'Move an application on (pre-review, 受理, 办结); written to its history and the audit log together',
    pathParams: number('application'), body: { name: 'StatusChangeBody', schema: StatusChangeBody }, response: { name: 'StatusChanged', schema: StatusChanged, description: 'The new status and the whole history' },
    errors: { 404: 'application_not_found: no application has this number', 409: 'status_not_allowed: not a next step from the current status; status_changed: someone else changed it meanwhile' },
  },
  { method: 'get', path: '/api/staff/cases/{number}', operationId: 'getStaffCase', summary: 'A ticket or follow-up with the citizen\'s text', pathParams: number('ticket'), response: staffCase('The case'), errors: { 404: noTicket } },
  { method: 'post', path: '/api/staff/cases/{number}/answer', operationId: 'answerCase', summary: 'Answer an open ticket, once', pathParams: number('ticket'), body: { name: 'CaseAnswerBody', schema: CaseAnswerBody }, response: staffCase('The answered case'), errors: { 404: noTicket, 409: 'already_answered: the ticket was answered already' } },
  { method: 'post', path: '/api/staff/cases/{number}/faq', operationId: 'publishCaseAsFaq', summary: 'Publish or withdraw an answered consultation as FAQ', pathParams: number('ticket'), body: { name: 'FaqBody', schema: FaqBody }, response: staffCase('The case with its FAQ state'), errors: { 404: noTicket, 409: 'not_publishable: only answered consultations can be published' } },
  { method: 'get', path: '/api/staff/tokens', operationId: 'listStaffTokens', summary: 'Live staff tokens (who and until when, never secrets)', response: { name: 'StaffTokenList', schema: TokenList, description: 'Tokens neither revoked nor expired' } },
  { method: 'delete', path: '/api/staff/tokens/{id}', operationId: 'revokeStaffToken', summary: 'Revoke a staff token at once (audited), e.g. when someone leaves', pathParams: [{ name: 'id', description: 'the token id (st_<id>.…), as listed' }], response: { status: 204, description: 'Revoked: the token no longer opens the staff desk' }, errors: { 404: 'token_not_found: no live token has this id' } },
  { method: 'get', path: '/api/staff/statistics', operationId: 'evaluationStatistics', summary: 'Evaluation statistics per matter and department', response: { name: 'EvaluationStatistics', schema: Statistics, description: 'Grade summaries with the names of matters and departments' } },
  { method: 'get', path: '/api/staff/funnel', operationId: 'journeyFunnel', summary: 'Where journeys stop, per scene', response: { name: 'JourneyFunnel', schema: Funnel, description: 'Started, finished and stopped counts per scene' } },
  {
    method: 'get', path: '/api/staff/audit', operationId: 'exportAuditLog', summary: 'Export the audit log (the export itself is logged)', query: AuditQuery,
    response: { status: 200, media: ['application/x-ndjson', 'text/csv'], description: 'Entries oldest first: JSON lines, or CSV with a header row', headers: { 'Content-Disposition': 'attachment; filename="audit-<date>.jsonl" or .csv' } },
  },
] satisfies Omit<Operation, 'tag' | 'staff'>[]).map((op) => ({ ...op, tag: 'staff', staff: true }))
