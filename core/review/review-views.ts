import type { StoppedDeadline } from '../calendar/stopped-deadline.ts'
import type { FormDefinition } from '../content/form.ts'
import type { TimeLimit } from '../content/matter.ts'
import type { Text } from '../content/text.ts'
import type { ApplicationStatus } from '../forms/application-status.ts'
import type { FormData } from '../forms/form-data.ts'
import type { CorrectionItem } from './correction-notice.ts'

/** What the server sends and the client shows about pre-review, written once for both. */

/** The promise, as the citizen and staff read it: the limit, and the due date or how it stands stopped. */
export type PromisedDeadline = StoppedDeadline & { limit: TimeLimit }

/** A notice as the citizen reads it: each item named in words, with the reason. */
export type NoticeView = { round: number; requestedAt: string; note: string | null; items: { kind: 'field' | 'material'; id: string; name: Text; reason: string }[] }

/** What the correction page opens with: the form, the current answers, and the notice naming what may change. */
export type CorrectionForm = { number: string; revision: number; form: FormDefinition; data: FormData; notice: NoticeView }

export type HistoryView = { at: string; actor: string; status: ApplicationStatus; label: Text; note: string | null }
export type ReviewMaterial = { id: string; name: Text; required: boolean; condition: Text | null; source: string; declared: string | null }
export type ReviewNotice = { round: number; onRevision: number; items: CorrectionItem[]; note: string | null; requestedAt: string; requestedBy: string }

/** Everything staff need to pre-review (预审) an application, opened from its number. */
export type ApplicationReview = {
  number: string
  status: ApplicationStatus
  statusLabel: Text
  revision: number
  submittedAt: string
  matterId: string
  matterName: Text | null
  /** The matter's legal bases, by position: a refusal cites one. */
  basis: { index: number; citation: string }[]
  materials: ReviewMaterial[]
  form: FormDefinition
  data: FormData
  /** What the latest resubmission changed from the one before; null before any resubmission. */
  changes: { fields: string[]; materials: string[] } | null
  notices: ReviewNotice[]
  history: HistoryView[]
  deadline: PromisedDeadline | null
}
