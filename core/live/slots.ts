import type { IsoDate } from '../calendar/calendar-file.ts'
import { minutesOf, timeOf, type ZoneServiceTimes } from './service-times.ts'

/** A bookable slot of one zone on one day: its start (the key bookings store) and how many it takes. */
export type Slot = { start: string; end: string; capacity: number }

/**
 * The booking slots of a zone's working day: each opening period cut into slots of `slotMinutes`
 * (a last piece shorter than a slot is not offered), each taking the bookable part of the capacity.
 *
 * @example slotsOf({ hours: [{ from: '09:00', to: '10:00' }], slotMinutes: 30, capacityPerSlot: 10, walkInShare: 0.4, ... })
 * // [{ start: '09:00', end: '09:30', capacity: 6 }, { start: '09:30', end: '10:00', capacity: 6 }]
 */
export function slotsOf(zone: ZoneServiceTimes): Slot[] {
  const capacity = bookableCapacity(zone)
  return zone.hours.flatMap(({ from, to }) => {
    const slots: Slot[] = []
    for (let m = minutesOf(from); m + zone.slotMinutes <= minutesOf(to); m += zone.slotMinutes) {
      slots.push({ start: timeOf(m), end: timeOf(m + zone.slotMinutes), capacity })
    }
    return slots
  })
}

/** Places of a slot that may be booked: the capacity less the walk-in share, rounded down. */
export function bookableCapacity(zone: Pick<ZoneServiceTimes, 'capacityPerSlot' | 'walkInShare'>): number {
  return Math.floor(zone.capacityPerSlot * (1 - zone.walkInShare) + 1e-9)
}

const CHINA_OFFSET = 8 * 3_600_000

/** The instant a HH:MM time on a date in China begins. */
export function chinaInstant(date: IsoDate, time: string): Date {
  return new Date(Date.parse(`${date}T${time}:00Z`) - CHINA_OFFSET)
}
