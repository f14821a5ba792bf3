import { z } from 'zod'
import type { Text } from '../content/text.ts'

/**
 * Where an application (办件) stands: submitted → pre-review (预审) → accepted (受理) / corrections
 * asked for once (补正中, 一次性告知, the promised limit stopped) / refused (不予受理) → completed. A
 * resubmitted correction goes back to pre-review.
 */
export const ApplicationStatus = z.enum(['submitted', 'pre-review', 'accepted', 'materials-requested', 'rejected', 'completed'])
export type ApplicationStatus = z.infer<typeof ApplicationStatus>

export const applicationStatusLabels: Record<ApplicationStatus, Text> = {
  submitted: { zh: '已提交', en: 'Submitted' },
  'pre-review': { zh: '预审中', en: 'Being checked' },
  accepted: { zh: '已受理', en: 'Accepted' },
  'materials-requested': { zh: '补正中（一次性告知）', en: 'Corrections needed (all listed at once)' },
  rejected: { zh: '不予受理', en: 'Not accepted' },
  completed: { zh: '已办结', en: 'Completed' },
}

/** The statuses that may follow each status; a finished application stays finished. */
export const nextStatuses: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  submitted: ['pre-review', 'accepted', 'materials-requested', 'rejected'],
  'pre-review': ['accepted', 'materials-requested', 'rejected'],
  'materials-requested': ['pre-review', 'rejected'],
  accepted: ['completed'],
  rejected: [],
  completed: [],
}

/**
 * The moves staff make with a plain status change. Asking for corrections needs a notice, refusing
 * needs a legal basis, and only the citizen's resubmission ends 补正中: each has its own request.
 */
export const plainStaffMoves = ['pre-review', 'accepted', 'completed'] as const satisfies readonly ApplicationStatus[]
