import type { WorkingCalendar } from '../../core/calendar/working-days.ts'
import type { Catalogue } from '../../core/content/catalogue.ts'
import type { ZoneServiceTimes } from '../../core/live/service-times.ts'
import type { PersonalDataCipher } from '../crypto/cipher.ts'
import type { ClientLimits } from '../http/rate-limit.ts'
import { ApiError } from '../http/api-error.ts'
import type { FeedbackRepository } from '../store/feedback-repository.ts'
import type { LiveStore } from '../store/live-store.ts'
import type { OutboxStore } from '../store/outbox-store.ts'
import type { LiveHub } from './live-hub.ts'

/** What the booking, queue and calling routes need, passed in so tests can set it. */
export type LiveDeps = {
  store: LiveStore
  hub: LiveHub
  catalogue: Pick<Catalogue, 'hall' | 'serviceTimes' | 'matters' | 'strings'>
  /** Where a booking's confirmation and reminder wait to be sent (§6.3). */
  outbox: OutboxStore
  /** Whether an SMS provider is plugged in: booking notices go by SMS only then (and by e-mail where an address was given). */
  sms: boolean
  calendar: WorkingCalendar
  crypto: PersonalDataCipher
  clock: () => Date
  limits: ClientLimits
  /** Staff tokens and the audit log live with the feedback repository. */
  staff: Pick<FeedbackRepository, 'findStaffToken'>
  /** Requests per minute per client for booking look-ups and tickets. */
  ratePerMinute: number
  log: (m: string) => void
}

/** The zone's service times, or a 404 naming the zones that take bookings. */
export function zoneTimes(deps: LiveDeps, zone: string): ZoneServiceTimes {
  const found = deps.catalogue.serviceTimes.find((z) => z.zone === zone)
  if (!found) {
    const known = deps.catalogue.serviceTimes.map((z) => z.zone).join(', ')
    throw new ApiError(404, 'zone_not_found', `No zone "${zone}" takes bookings or tickets; these do: ${known || 'none'}.`)
  }
  return found
}

/** The zone that handles a matter: the zone of the first window listing it. */
export function zoneOfMatter(deps: LiveDeps, matterId: string): string {
  const window = deps.catalogue.hall.windows.find((w) => w.matters.includes(matterId))
  if (!window) throw new ApiError(404, 'matter_not_found', `No window of the hall handles the matter "${matterId}".`)
  return window.zone
}
