import { z } from 'zod'
import type { Text } from '../content/text.ts'

/**
 * Where an application (办件) stands: submitted → pre-review → accepted / materials requested once
 * (一次性告知) / rejected → completed.
 */
export const ApplicationStatus = z.enum(['submitted', 'pre-review', 'accepted', 'materials-requested', 'rejected', 'completed'])
export type ApplicationStatus = z.infer<typeof ApplicationStatus>

export const applicationStatusLabels: Record<ApplicationStatus, Text> = {
  submitted: { zh: '已提交', en: 'Submitted' },
  'pre-review': { zh: '预审中', en: 'Being checked' },
  accepted: { zh: '已受理', en: 'Accepted' },
  'materials-requested': { zh: '需补正材料（一次性告知）', en: 'More documents needed (all listed at once)' },
  rejected: { zh: '不予受理', en: 'Not accepted' },
  completed: { zh: '已办结', en: 'Completed' },
}

/** The statuses that may follow each status; a finished application stays finished. */
export const nextStatuses: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  submitted: ['pre-review', 'rejected'],
  'pre-review': ['accepted', 'materials-requested', 'rejected'],
  'materials-requested': ['pre-review', 'rejected'],
  accepted: ['completed'],
  rejected: [],
  completed: [],
}
