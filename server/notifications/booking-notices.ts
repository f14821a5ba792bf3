import { randomUUID } from 'node:crypto'
import type { WorkingCalendar } from '../../core/calendar/working-days.ts'
import type { Catalogue } from '../../core/content/catalogue.ts'
import type { Locale } from '../../core/content/text.ts'
import { wordsFrom } from '../../core/i18n/words.ts'
import { bookingReminderAt } from '../../core/notifications/reminder-schedule.ts'
import type { PersonalDataCipher } from '../crypto/cipher.ts'
import type { StoredBooking } from '../store/live-store.ts'
import type { Channel, NotificationKind, OutboxStore } from '../store/outbox-store.ts'
import { bilingualMail } from './bilingual-mail.ts'
import type { Notification } from './senders.ts'

export type NoticeDeps = {
  outbox: OutboxStore
  crypto: PersonalDataCipher
  calendar: WorkingCalendar
  catalogue: Pick<Catalogue, 'hall' | 'strings'>
  clock: () => Date
  /** Whether an SMS provider is plugged in (senders.ts): without one, no SMS is queued to fail. */
  sms: boolean
}

type BookingKind = Extract<NotificationKind, 'booking-confirmation' | 'booking-reminder'>
const key = (kind: BookingKind, b: Pick<StoredBooking, 'id' | 'date' | 'slot'>, channel: Channel) =>
  `${kind}:${b.id}:${b.date}:${b.slot}${channel === 'email' ? ':email' : ''}`

/**
 * A booking made or moved (§6.3): its confirmation now and its reminder at 09:00 the working day
 * before, by e-mail (Chinese and English) when the citizen gave an address, and by SMS (Chinese) to
 * the booked mobile when an SMS provider is plugged in. A move is a new date and slot, so new
 * messages; the old reminders are withdrawn by `withdrawReminder`.
 */
export async function noticeBooking(deps: NoticeDeps, b: StoredBooking, code: string): Promise<void> {
  const words = wordsFrom(deps.catalogue.strings)
  const zone = deps.catalogue.hall.zones.find((z) => z.id === b.zone)?.name
  const params = (l: Locale) => ({ centre: deps.catalogue.hall.name[l], zone: zone?.[l] ?? b.zone, date: b.date, slot: b.slot, code })
  const messages = (kind: BookingKind) => {
    const list: { channel: Channel; message: Notification }[] = []
    if (b.emailSealed) list.push({ channel: 'email', message: bilingualMail(words, kind, params, deps.crypto.open(b.emailSealed)) })
    if (deps.sms) list.push({ channel: 'sms', message: { to: deps.crypto.open(b.mobileSealed), subject: '', text: words('zh', `notice.${kind}`, params('zh')) } })
    return list
  }
  const now = deps.clock()
  const enqueue = async (kind: BookingKind, at: Date) => {
    for (const { channel, message } of messages(kind)) {
      await deps.outbox.enqueue({ id: randomUUID(), dedupeKey: key(kind, b, channel), kind, channel, createdAt: now, nextAttemptAt: at, messageSealed: deps.crypto.seal(JSON.stringify(message)) })
    }
  }
  await enqueue('booking-confirmation', now)
  const remindAt = bookingReminderAt(deps.calendar, b.date, now)
  if (remindAt) await enqueue('booking-reminder', remindAt)
}

/** A booking cancelled or moved away from its date and slot: its reminders (e-mail and SMS) are not sent. */
export async function withdrawReminder(deps: Pick<NoticeDeps, 'outbox'>, b: Pick<StoredBooking, 'id' | 'date' | 'slot'>): Promise<void> {
  for (const channel of ['sms', 'email'] as const) await deps.outbox.cancel(key('booking-reminder', b, channel))
}
