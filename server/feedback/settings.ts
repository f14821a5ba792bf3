import { z } from 'zod'
import type { DeadlineSettings } from '../../core/feedback/deadlines.ts'
import { readDefinitions, settingRows, type SettingRow } from '../settings.ts'

const wholeDays = (what: string, max: number) =>
  z.string().trim().regex(/^\d+$/, `use a whole number of days (${what})`).transform(Number).pipe(z.number().int().min(1, 'at least 1').max(max, `at most ${max}`))
const workingDays = (what: string) => wholeDays(`${what}, in working days`, 60)
const perMinute = z.string().trim().regex(/^\d+$/, 'use a whole number per minute').transform(Number).pipe(z.number().int().min(1, 'at least 1'))

/** The feedback settings, one row each, in the shape of server/settings.ts so the README table can list them. */
export const feedbackSettingDefinitions = {
  followUpDays: { env: 'FOLLOWUP_WORKING_DAYS', default: '15', shown: '15', meaning: 'Working days staff have to answer the follow-up of a bad review (1-2).', schema: workingDays('follow-up') },
  consultationDays: { env: 'CONSULTATION_WORKING_DAYS', default: '5', shown: '5', meaning: 'Working days to answer a consultation (咨询).', schema: workingDays('consultation') },
  complaintDays: { env: 'COMPLAINT_WORKING_DAYS', default: '10', shown: '10', meaning: 'Working days to answer a complaint (投诉).', schema: workingDays('complaint') },
  suggestionDays: { env: 'SUGGESTION_WORKING_DAYS', default: '15', shown: '15', meaning: 'Working days to answer a suggestion (建议).', schema: workingDays('suggestion') },
  dueSoonDays: { env: 'STAFF_DUE_SOON_DAYS', default: '2', shown: '2', meaning: 'Staff queues flag cases due within this many working days.', schema: workingDays('due soon') },
  feedbackRatePerMinute: { env: 'FEEDBACK_RATE_PER_MINUTE', default: '20', shown: '20', meaning: 'Ratings, tickets and look-ups allowed per client per minute, per kind.', schema: perMinute },
  // Kiosks and phones on the hall's network reach the server from one address: a journey sends 2 events,
  // so 300 a minute fits 150 journeys a minute from one address; each journey still counts once (analytics.ts).
  analyticsRatePerMinute: { env: 'ANALYTICS_RATE_PER_MINUTE', default: '300', shown: '300', meaning: 'Journey events allowed per client address per minute (a hall of kiosks shares one address); each journey counts one start and one end.', schema: perMinute },
  staffTokenDays: { env: 'STAFF_TOKEN_DAYS', default: '90', shown: '90', meaning: 'Days a staff token made by `npx tsx server/cli/staff-token.ts` stays valid.', schema: wholeDays('token lifetime', 366) },
} as const

type Defs = typeof feedbackSettingDefinitions
export type FeedbackSettings = { [K in keyof Defs]: z.output<Defs[K]['schema']> }

export const feedbackSettingsTable: SettingRow[] = settingRows(feedbackSettingDefinitions)

/**
 * Reads the feedback settings from the environment.
 *
 * @example loadFeedbackSettings(process.env).followUpDays // 15
 * @throws SettingsError naming each bad variable
 */
export function loadFeedbackSettings(env: Record<string, string | undefined> = process.env): FeedbackSettings {
  return readDefinitions(feedbackSettingDefinitions, env)
}

export function deadlineSettings(s: FeedbackSettings): DeadlineSettings {
  return { 'follow-up': s.followUpDays, consultation: s.consultationDays, complaint: s.complaintDays, suggestion: s.suggestionDays }
}
