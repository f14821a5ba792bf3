import type { Lane } from './queue-order.ts'
import type { ZoneServiceTimes } from './service-times.ts'
import type { HallTicket } from './ticket.ts'

/** The business start-up area as the sample content books it: two half-days of 30-minute slots. */
export const startupZone: ZoneServiceTimes = {
  zone: 'business-startup',
  ticketPrefix: 'A',
  hours: [{ from: '09:00', to: '12:00' }, { from: '13:30', to: '17:00' }],
  slotMinutes: 30,
  capacityPerSlot: 10,
  walkInShare: 0.4,
  typicalServiceMinutes: 12,
}

/** A ticket of 2026-10-08 in the start-up area, waiting since `queuedAt` (Beijing time HH:MM). */
export function ticketAt(seq: number, lane: Lane, queuedAt: string, extra: Partial<HallTicket> = {}): HallTicket {
  return {
    id: `t${seq}`, date: '2026-10-08', zone: 'business-startup', seq, number: `A${String(seq).padStart(3, '0')}`, lane, status: 'waiting',
    queuedAt: new Date(`2026-10-08T${queuedAt}:00+08:00`), calledAt: null, calls: 0, window: null, finishedAt: null, rechecks: 0, maskedName: null, bookingId: null,
    ...extra,
  }
}
