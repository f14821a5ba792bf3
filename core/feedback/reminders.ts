import type { ApplicationStatus } from '../forms/application-status.ts'

/** A reminder a citizen sees on resume and lookup: a draft about to be deleted, or documents requested (补正). */
export type Reminder =
  | { kind: 'draft-expiring'; expiresAt: string; daysLeft: number }
  | { kind: 'materials-requested'; since: string; note: string | null }

const DAY = 86_400_000

/**
 * The draft reminder, when its expiry is within `warnDays` (default 7). Pure: `now` is passed in.
 *
 * @example draftReminder(new Date('2026-11-30T00:00:00Z'), new Date('2026-11-25T00:00:00Z')) // { kind: 'draft-expiring', daysLeft: 5, ... }
 */
export function draftReminder(expiresAt: Date, now: Date, warnDays = 7): Reminder | null {
  const left = expiresAt.getTime() - now.getTime()
  if (left > warnDays * DAY) return null
  return { kind: 'draft-expiring', expiresAt: expiresAt.toISOString(), daysLeft: Math.max(0, Math.ceil(left / DAY)) }
}

/** The 补正 reminder while an application waits for documents: the latest request and its list. */
export function materialsReminder(status: ApplicationStatus, history: readonly { at: string; status: ApplicationStatus; note: string | null }[]): Reminder | null {
  if (status !== 'materials-requested') return null
  const request = history.findLast((e) => e.status === 'materials-requested')
  return request ? { kind: 'materials-requested', since: request.at, note: request.note } : null
}
