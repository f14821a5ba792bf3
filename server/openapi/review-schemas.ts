import { z } from 'zod'
import { FormDefinition } from '../../core/content/form.ts'
import { TimeLimit } from '../../core/content/matter.ts'
import { Text } from '../../core/content/text.ts'
import { CorrectionItem } from '../../core/review/correction-notice.ts'
import type { NoticeView, PromisedDeadline } from '../../core/review/review-views.ts'
import { answering } from './answering.ts'

const day = z.string().describe('a date in China, e.g. 2026-10-14')

/** The promised completion date, or how it stands while corrections are awaited. */
export const PromisedDeadlineSchema = answering<PromisedDeadline>()(
  z.union([
    z.object({ state: z.literal('running'), dueDate: day, stoppedWorkingDays: z.number().int(), limit: TimeLimit }),
    z.object({ state: z.literal('stopped'), since: day, workingDaysLeft: z.number().int(), stoppedWorkingDays: z.number().int(), limit: TimeLimit }),
  ]).describe('the promised limit in working days with the correction time taken out; stopped while 补正中'),
)

export const NoticeSchema = answering<NoticeView>()(
  z.object({
    round: z.number().int(),
    requestedAt: z.string(),
    note: z.string().nullable(),
    items: z.array(z.object({ kind: z.enum(['field', 'material']), id: z.string(), name: Text, reason: z.string() })),
  }).describe('一次性告知: every material and field to correct, each with its reason'),
)

export const ReviewNoticeSchema = z.object({
  round: z.number().int(), onRevision: z.number().int(), items: z.array(CorrectionItem), note: z.string().nullable(), requestedAt: z.string(), requestedBy: z.string(),
})

export const FormSchema = FormDefinition
