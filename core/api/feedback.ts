import { z } from 'zod'
import { Slug } from '../content/text.ts'
import { caseKinds } from '../feedback/deadlines.ts'
import { Grade, Grades } from '../feedback/grades.ts'

/**
 * The citizens' feedback API (/api/evaluations, /api/tickets, /api/matters/:id/faq): the one
 * definition of what is sent and answered. The routes validate with the bodies and build the answers'
 * types, the OpenAPI document is generated from these schemas, and the client imports the types.
 */

const Comment = z.string().trim().max(500, 'at most 500 characters').optional()
/** How staff can reach the citizen about a bad rating's follow-up: a phone number or an e-mail address. */
const Contact = z
  .string()
  .trim()
  .regex(/^(?:\+?[\d\s()-]{5,20}|[^\s@]{1,64}@[^\s@]{1,63}\.[^\s@]{2,20})$/, 'a phone number (like 138 1234 5678) or an e-mail address')
  .optional()
  .describe('with a grade of 1-2: how staff can reach the citizen about the follow-up; not kept otherwise')
const ResultTarget = z.object({ target: z.literal('result'), scene: Slug, matterId: Slug.optional(), grades: Grades, comment: Comment, contact: Contact }).strict()
const ApplicationTarget = z
  .object({
    target: z.literal('application'),
    number: z.string().min(1).max(40),
    ratingKey: z.string().min(1).max(100).optional().describe('the ratingKey of the submit answer'),
    idNumber: z.string().min(15).max(30).optional().describe("without a ratingKey: the applicant's whole ID number"),
    grades: Grades,
    comment: Comment,
    contact: Contact,
  })
  .strict()
  .refine((t) => (t.ratingKey === undefined) !== (t.idNumber === undefined), { message: "give the receipt's ratingKey, or the applicant's whole ID number as idNumber (one of them)", path: ['idNumber'] })

/** POST /api/evaluations: a journey result or an application, with grades, and for a bad one a contact. */
export const EvaluationBody = z.discriminatedUnion('target', [ResultTarget, ApplicationTarget])
export type EvaluationBody = z.infer<typeof EvaluationBody>
/** What is rated: an evaluation without its grades, comment and contact. */
export type EvaluationTarget = EvaluationBody extends infer B ? (B extends unknown ? Omit<B, 'grades' | 'comment' | 'contact'> : never) : never

/** POST /api/tickets: a consultation, complaint or suggestion. */
export const TicketBody = z
  .object({
    kind: z.enum(['consultation', 'complaint', 'suggestion']),
    matterId: Slug.optional(),
    text: z.string().trim().min(5, 'write at least 5 characters').max(2000, 'at most 2000 characters'),
  })
  .strict()
export type TicketBody = z.infer<typeof TicketBody>
const Credentials = { number: z.string().min(1, 'give the ticket number').max(40), password: z.string().min(1, 'give the query password').max(40) }
export const TicketLookupQuery = z.object(Credentials).strict()
export const RateAnswerBody = z.object({ ...Credentials, grade: Grade }).strict()

/** A new ticket or follow-up: its number and query password, shown once. */
export const CaseReceipt = z.object({
  number: z.string().describe('quote it; e.g. TS-2026-K7QD29XM'),
  password: z.string().describe('shown once: the citizen needs it to look the ticket up'),
  kind: z.enum(caseKinds),
  dueDate: z.string().describe('the China date by which staff answer'),
})
export type CaseReceipt = z.infer<typeof CaseReceipt>

/** A ticket as the citizen looks it up: status, deadline and answer, never who answered. */
export const TicketView = z.object({
  number: z.string(),
  kind: z.enum(caseKinds),
  matterId: z.string().nullable(),
  status: z.enum(['open', 'answered']),
  openedAt: z.string(),
  dueDate: z.string(),
  text: z.string().nullable(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answerGrade: z.number().int().nullable(),
  canRate: z.boolean(),
})
export type TicketView = z.infer<typeof TicketView>

export const EvaluationAnswer = z.object({ followUp: CaseReceipt.nullable().describe('for a grade of 1-2: the follow-up to look up like a ticket') })
export type EvaluationAnswer = z.infer<typeof EvaluationAnswer>

export const FaqEntry = z.object({ question: z.string(), answer: z.string(), answeredAt: z.string().nullable() })
export type FaqEntry = z.infer<typeof FaqEntry>
/** GET /api/matters/:id/faq: answers staff published on a matter's guide, oldest first. */
export const PublishedFaq = z.object({ matterId: z.string(), faq: z.array(FaqEntry) })
export type PublishedFaq = z.infer<typeof PublishedFaq>
