import { randomUUID } from 'node:crypto'
import type { WorkingCalendar } from '../../core/calendar/working-days.ts'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { wordsFrom } from '../../core/i18n/words.ts'
import { bookingReminderAt } from '../../core/notifications/reminder-schedule.ts'
import type { PersonalDataCipher } from '../crypto/cipher.ts'
import type { StoredBooking } from '../store/live-store.ts'
import type { NotificationKind, OutboxStore } from '../store/outbox-store.ts'

export type NoticeDeps = {
  outbox: OutboxStore
  crypto: PersonalDataCipher
  calendar: WorkingCalendar
  catalogue: Pick<Catalogue, 'hall' | 'strings'>
  clock: () => Date
}

const key = (kind: NotificationKind, b: Pick<StoredBooking, 'id' | 'date' | 'slot'>) => `${kind}:${b.id}:${b.date}:${b.slot}`

/**
 * A booking made or moved (§6.3): its confirmation now and its reminder at 09:00 the working day
 * before, as SMS to the booked mobile (sent once an SMS provider is plugged in), in Chinese. A move
 * is a new date and slot, so new messages; the old reminder is withdrawn by `withdrawReminder`.
 */
export async function noticeBooking(deps: NoticeDeps, b: StoredBooking, code: string): Promise<void> {
  const words = wordsFrom(deps.catalogue.strings)
  const zone = deps.catalogue.hall.zones.find((z) => z.id === b.zone)?.name.zh ?? b.zone
  const params = { centre: deps.catalogue.hall.name.zh, zone, date: b.date, slot: b.slot, code }
  const to = deps.crypto.open(b.mobileSealed)
  const now = deps.clock()
  const enqueue = (kind: NotificationKind, at: Date) =>
    deps.outbox.enqueue({
      id: randomUUID(), dedupeKey: key(kind, b), kind, channel: 'sms', createdAt: now, nextAttemptAt: at,
      messageSealed: deps.crypto.seal(JSON.stringify({ to, subject: '', text: words('zh', `notice.${kind}`, params) })),
    })
  await enqueue('booking-confirmation', now)
  const remindAt = bookingReminderAt(deps.calendar, b.date, now)
  if (remindAt) await enqueue('booking-reminder', remindAt)
}

/** A booking cancelled or moved away from its date and slot: its reminder is not sent. */
export async function withdrawReminder(deps: Pick<NoticeDeps, 'outbox'>, b: Pick<StoredBooking, 'id' | 'date' | 'slot'>): Promise<void> {
  await deps.outbox.cancel(key('booking-reminder', b))
}
