import { z } from 'zod'
import { Slug } from '../content/text.ts'

/** A time of day in the hall (Beijing time), written 09:00. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as HH:MM, e.g. "09:00"')

/** One opening period of a zone, e.g. the morning 09:00-12:00. */
export const OpeningPeriod = z.object({ from: ClockTime, to: ClockTime }).strict()
export type OpeningPeriod = z.infer<typeof OpeningPeriod>

/** How one zone takes bookings (预约) and queue tickets (取号). */
export const ZoneServiceTimes = z
  .object({
    zone: Slug.describe('a zone id of content/hall/layout.json'),
    ticketPrefix: z.string().regex(/^[A-Z]$/, 'one capital letter, printed before the ticket number, e.g. "A"'),
    hours: z.array(OpeningPeriod).min(1).describe('opening periods on a working day, in order, not overlapping'),
    slotMinutes: z.number().int().min(5).max(240).describe('the length of one booking slot'),
    capacityPerSlot: z.number().int().min(1).max(500).describe('visitors the zone serves in one slot, booked and walk-in together'),
    walkInShare: z.number().min(0).max(1).describe('the share of each slot kept for walk-ins (0.4 keeps 40% unbookable)'),
    typicalServiceMinutes: z.number().min(1).max(240).describe('the service time assumed until the day has its own measured times'),
  })
  .strict()
export type ZoneServiceTimes = z.infer<typeof ZoneServiceTimes>

/** `content/hall/service-times.json`: bookings and queue tickets per zone; the working days come from content/calendar/. */
export const ServiceTimesFile = z
  .object({
    $schema: z.string().optional(),
    zones: z.array(ZoneServiceTimes).min(1),
  })
  .strict()
export type ServiceTimesFile = z.infer<typeof ServiceTimesFile>

/** Minutes since midnight of a HH:MM time. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** HH:MM of minutes since midnight. */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}
