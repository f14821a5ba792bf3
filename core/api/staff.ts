import { z } from 'zod'
import { Text } from '../content/text.ts'
import { caseKinds } from '../feedback/deadlines.ts'
import { Grades } from '../feedback/grades.ts'
import { ApplicationStatus } from '../forms/application-status.ts'

/**
 * The staff desk's API (/api/staff): the one definition of what it answers. The server's queue,
 * case and status functions return these types, the OpenAPI document is generated from these schemas,
 * and the staff desk imports the types.
 */

/** How a deadline stands (core/feedback/deadlines.ts `Urgency`). */
const Urgency = z.object({ state: z.enum(['overdue', 'due-soon', 'on-time']), workingDaysLeft: z.number().int() })

const caseFields = {
  number: z.string(), kind: z.enum(caseKinds), matterId: z.string().nullable(), evaluationId: z.string().nullable(), status: z.enum(['open', 'answered']),
  openedAt: z.string(), dueDate: z.string(), answer: z.string().nullable(), answeredAt: z.string().nullable(), answeredBy: z.string().nullable(),
  answerGrade: z.number().int().nullable(), faqQuestion: z.string().nullable(), faqPublished: z.boolean(),
}

export const QueueApplication = z.object({
  id: z.string(), number: z.string(), matterId: z.string(), formId: z.string(), status: ApplicationStatus, submittedAt: z.string(),
  matterName: Text.nullable(), dueDate: z.string().nullable(), urgency: Urgency.nullable(),
})
export type QueueApplication = z.infer<typeof QueueApplication>
export const QueueCase = z.object({ ...caseFields, urgency: Urgency.nullable() })
export type QueueCase = z.infer<typeof QueueCase>

/** GET /api/staff/queue: open applications and cases, most urgent first. */
export const StaffQueue = z.object({
  applications: z.array(QueueApplication),
  cases: z.array(QueueCase),
  counts: z.object({ overdue: z.number().int(), dueSoon: z.number().int() }),
})
export type StaffQueue = z.infer<typeof StaffQueue>

/** A ticket or follow-up as staff read it: the citizen's words opened, a follow-up's grades but never who gave them. */
export const StaffCase = z.object({
  ...caseFields,
  text: z.string().nullable().describe('the citizen\'s words (a follow-up: the contact they left), decrypted'),
  evaluation: z.object({ grades: Grades, comment: z.string().nullable(), sceneId: z.string().nullable() }).nullable().describe('for a follow-up: the grades given, never who gave them'),
})
export type StaffCase = z.infer<typeof StaffCase>

/** The answer to moving an application on: its new status and whole history. */
export const StatusChanged = z.object({
  number: z.string(),
  status: ApplicationStatus,
  note: z.string().nullable(),
  history: z.array(z.object({ at: z.string(), actor: z.string(), status: ApplicationStatus, note: z.string().nullable() })),
  licence: z.object({ id: z.string(), verifyUrl: z.string() }).nullable().describe('the electronic licence 办结 issued (matters with a licence), else null'),
})
export type StatusChanged = z.infer<typeof StatusChanged>

const GradeSummary = z.object({
  count: z.number().int(),
  meanOverall: z.number().nullable(),
  badShare: z.number(),
  distribution: z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int(), 5: z.number().int() }),
  indicators: z.object({ efficiency: z.number().nullable(), guideAccuracy: z.number().nullable(), convenience: z.number().nullable(), usability: z.number().nullable() }),
})
/** Evaluation statistics (core/feedback/evaluation-statistics.ts) overall, per matter and per department. */
export const EvaluationStatisticsSchema = z.object({ overall: GradeSummary, byMatter: z.record(z.string(), GradeSummary), byDepartment: z.record(z.string(), GradeSummary) })
/** GET /api/staff/statistics: the statistics with the names of the matters and departments they count. */
export const StaffStatistics = EvaluationStatisticsSchema.extend({ names: z.object({ matters: z.record(z.string(), Text), departments: z.record(z.string(), Text) }) })
export type StaffStatistics = z.infer<typeof StaffStatistics>

/** One scene's funnel (core/feedback/journey-events.ts `SceneFunnel`). */
export const SceneFunnelSchema = z.object({ scene: z.string(), started: z.number().int(), finished: z.number().int(), stoppedAt: z.record(z.string(), z.number().int()), outcomes: z.record(z.string(), z.number().int()) })
/** GET /api/staff/funnel: where journeys stop, per scene, with the scenes' names and each step's question. */
export const StaffFunnel = z.object({
  scenes: z.array(SceneFunnelSchema),
  names: z.record(z.string(), Text),
  steps: z.record(z.string(), z.record(z.string(), Text)).describe('per scene, each step\'s question or title by step id'),
})
export type StaffFunnel = z.infer<typeof StaffFunnel>
