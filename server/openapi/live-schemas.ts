import { z } from 'zod'

// The live API's answers (server/routes/bookings.ts, queue.ts, calling.ts); the client shares these types.

/** The answers of the live API, as zod schemas: the OpenAPI document and the client types come from these. */
export const SlotView = z.object({ start: z.string(), end: z.string(), capacity: z.number().int(), free: z.number().int() })
export const BookingDay = z.object({ date: z.string(), slots: z.array(SlotView) })
export const BookingRulesView = z.object({
  maxWorkingDaysAhead: z.number().int(), changeClosesHoursBefore: z.number(), noShowsToSuspend: z.number().int(),
  noShowWindowDays: z.number().int(), suspensionDays: z.number().int(), checkInOpensMinutesBefore: z.number().int(),
})
export const SlotsView = z.object({ zone: z.string(), days: z.array(BookingDay), rules: BookingRulesView })
export type SlotsView = z.infer<typeof SlotsView>

export const BookingView = z.object({
  code: z.string().describe('8 characters; the QR code holds the same'),
  zone: z.string(),
  date: z.string(),
  slot: z.string(),
  slotEnd: z.string(),
  matterId: z.string().nullable(),
  name: z.string().describe('masked, e.g. 张**'),
  mobile: z.string().describe('masked, e.g. 138****5678'),
  email: z.string().nullable().describe('masked, e.g. w***@example.cn; null when none was given'),
  status: z.enum(['booked', 'cancelled', 'checked-in', 'no-show']),
  changeUntil: z.string().describe('cancel or move before this instant (2 hours before the slot)'),
  ticketId: z.string().nullable().describe('the queue ticket once checked in'),
})
export type BookingView = z.infer<typeof BookingView>

export const TicketView = z.object({
  id: z.string().describe('the ticket\'s secret id; /queue/tickets/<id> follows it'),
  number: z.string(),
  zone: z.string(),
  date: z.string(),
  lane: z.enum(['priority', 'booked', 'walk-in']),
  status: z.enum(['waiting', 'called', 'missed', 'done']),
  window: z.number().int().nullable(),
  ahead: z.number().int().nullable().describe('people called before this ticket; null once it is not waiting'),
  waitMinutes: z.number().int().nullable(),
  canRecheck: z.boolean().describe('missed, and not yet checked in again'),
  issuedAt: z.string(),
})
export type TicketView = z.infer<typeof TicketView>

const Call = z.object({ key: z.string(), number: z.string(), zone: z.string(), window: z.number().int(), name: z.string().nullable(), at: z.string() })
export const HallActivityView = z.object({
  version: z.number().int(),
  at: z.string(),
  zones: z.array(z.object({
    zone: z.string(), waiting: z.number().int(), queue: z.array(z.string()), waits: z.array(z.number().int()).describe('expected minutes until each ticket of `queue` is called'), minutesPerVisitor: z.number(), openWindows: z.number().int(),
    waitMinutes: z.number().int(), serving: z.array(Call),
  })),
  calls: z.array(Call),
})
