/** Minutes to wait after each failed attempt to deliver a message; after the last, it has failed. */
export const retryAfterMinutes = [1, 5, 30, 120] as const

/** What a notification outbox row is: waiting to be sent, sent, or given up on (with the last error). */
export type DeliveryStatus = 'pending' | 'sent' | 'failed'

/**
 * After a failed attempt (`attempts` counts it): when to try again, or null to give up and mark the
 * message failed. A message due long ago is still sent once, not skipped.
 *
 * @example nextAttemptAt(1, now) // now + 1 minute; nextAttemptAt(5, now) // null
 */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  const wait = retryAfterMinutes[attempts - 1]
  return wait === undefined ? null : new Date(now.getTime() + wait * 60_000)
}
