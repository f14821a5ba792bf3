import { z } from 'zod'
import { Text } from '../content/text.ts'
import { ApplicationStatus } from '../forms/application-status.ts'
import { FormData } from '../forms/form-data.ts'
import { EmailAddress } from '../notifications/email-address.ts'
import type { NoticeView, PromisedDeadline } from '../review/review-views.ts'

/**
 * The drafts and applications API (/api/drafts, /api/applications): the one definition of what the
 * server answers. The routes build these types, the OpenAPI document is generated from these schemas,
 * and the client imports the types, so the three cannot drift apart.
 */

const isoTime = z.string().describe('an ISO 8601 time, e.g. 2026-11-25T02:00:00.000Z')
const FieldValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(FormData)])

/** A draft as the citizen's browser receives it. */
export const DraftView = z.object({
  id: z.string(),
  token: z.string().describe('the secret that opens the draft: send it in the Draft-Token header, and in links only after # (/resume#<token>)'),
  resumeCode: z.string().describe('a short code to resume on another device, e.g. K7QD-29XM'),
  formId: z.string(),
  formVersion: z.number().int(),
  data: FormData,
  position: z.string().nullable().describe('the section the citizen was on'),
  revision: z.number().int().describe('send it back with the next save; a stale one answers 409'),
  expiresAt: isoTime,
  updatedAt: isoTime,
  unmoved: z.array(z.object({ field: z.string(), value: FieldValue })).describe('saved values the current form version has no field for'),
  reminderEmail: z.string().nullable().optional().describe('masked, e.g. w***@example.cn: where the expiry warning goes; null when none was left'),
  prefilled: z.array(z.object({
    field: z.string(),
    source: z.enum(['identity', 'earlier']).describe('identity: the verified name, ID number or phone; earlier: the citizen\'s own earlier application'),
    locked: z.boolean().describe('a verified value the matter does not let the applicant change'),
  })).optional().describe('for a signed-in citizen: the fields still holding what was filled in for them'),
  submitLevel: z.object({ level: z.number().int(), windows: z.array(z.number().int()) }).optional()
    .describe('the identity trust level the matter needs to submit online (online.trustLevel), and the windows that take the application in person instead'),
})
export type DraftView = z.infer<typeof DraftView>

/** The answer to a save: the new revision and expiry. */
export const SavedDraft = z.object({ id: z.string(), revision: z.number().int(), expiresAt: isoTime, updatedAt: isoTime })
export type SavedDraft = z.infer<typeof SavedDraft>

/** `ratingKey` lets the citizen who submitted rate the application (好差评) without proving it again; it opens nothing else. */
export const SubmittedApplication = z.object({
  number: z.string().describe('e.g. JC-2026-000123-7'), formId: z.string(), matterId: z.string(), status: ApplicationStatus, submittedAt: isoTime,
  ratingKey: z.string().describe('lets the citizen rate this application (POST /api/evaluations) without proving it again; keep it with the receipt'),
})
export type SubmittedApplication = z.infer<typeof SubmittedApplication>

export const SubmitAnswer = z.object({ application: SubmittedApplication, alreadySubmitted: z.boolean() })
export type SubmitAnswer = z.infer<typeof SubmitAnswer>

/** Progress by application number and the ID number's last 4 characters. */
export const ApplicationProgress = z.object({
  number: z.string(),
  formId: z.string(),
  matterId: z.string(),
  status: ApplicationStatus,
  statusLabel: Text,
  submittedAt: isoTime,
  /** The applicant's ID number masked, so they can tell it is theirs: 3301**********1230. */
  applicantIdNumber: z.string().nullable().describe('masked, e.g. 3301**********1230'),
  history: z.array(z.object({ at: isoTime, actor: z.string(), status: ApplicationStatus, label: Text, note: z.string().nullable() })),
})
export type ApplicationProgress = z.infer<typeof ApplicationProgress>

/** The lookup's answer: the stored progress with the matter's name, the promised date and any open correction notice. */
export type CitizenProgress = ApplicationProgress & { matterName: Text | null; deadline: PromisedDeadline | null; notice: NoticeView | null }

const AnswerValue = z.union([z.string().max(200), z.array(z.string().max(200)).max(50), z.number(), z.boolean()])
const Answers = z.record(z.string().max(100), AnswerValue).refine((a) => Object.keys(a).length <= 200, 'at most 200 answers')
const Position = z.string().max(100).nullable().optional()

/** Request bodies; the routes validate with them and the OpenAPI document describes them. */
export const CreateDraftBody = z.object({ formId: z.string().min(1).max(100), data: FormData.optional(), position: Position, answers: Answers.optional() }).strict()
export type CreateDraftBody = z.infer<typeof CreateDraftBody>
export const SaveDraftBody = z.object({ data: FormData, position: Position, revision: z.number().int().min(1), formVersion: z.number().int().positive().optional() }).strict()
export type SaveDraftBody = z.infer<typeof SaveDraftBody>
export const ResumeDraftBody = z.object({ code: z.string().min(1).max(40) }).strict()
export const SubmitDraftBody = z.object({ revision: z.number().int().min(1).optional() }).strict()

/** Leave (or, with null, remove) the e-mail address a draft's expiry warning goes to; the token in the body, never in the path. */
export const DraftReminderBody = z.object({
  token: z.string().min(1).max(100).describe('the draft\'s token'),
  email: EmailAddress.nullable().describe('where to warn 7 days before the draft expires; null removes it and cancels the warning'),
}).strict()
export type DraftReminderBody = z.infer<typeof DraftReminderBody>

/** Where the warning goes now (masked), and when it is due (null: none waits). */
export const DraftReminder = z.object({ email: z.string().nullable().describe('masked, e.g. w***@example.cn'), warnAt: isoTime.nullable() })
export type DraftReminder = z.infer<typeof DraftReminder>
