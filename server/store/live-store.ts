import type { Lane } from '../../core/live/queue-order.ts'
import type { HallTicket, TicketStatus } from '../../core/live/ticket.ts'
import type { AuditEntry } from './audit-log.ts'

export type BookingStatus = 'booked' | 'cancelled' | 'checked-in' | 'no-show'

/** A booking (预约) as stored: its code only as a keyed hash (and sealed, to show it again), personal data sealed. */
export type StoredBooking = {
  id: string
  codeHash: string
  codeSealed: string
  zone: string
  date: string
  slot: string
  startsAt: Date
  endsAt: Date
  /** A keyed hash of mobile and ID tail: one booking per person, zone and day; no-shows counted per person. */
  personHash: string
  nameSealed: string
  mobileSealed: string
  idLast4Sealed: string
  /** Where the confirmation and reminder are e-mailed, sealed; null when the citizen left no address. */
  emailSealed: string | null
  matterId: string | null
  status: BookingStatus
  createdAt: Date
  updatedAt: Date
}

/** Where a booking goes: a slot of a day with its times, and the slot's bookable capacity. */
export type SlotChoice = { date: string; slot: string; startsAt: Date; endsAt: Date; capacity: number }

/** A new ticket before it has its number: the store draws the zone's next sequence. */
export type NewTicket = { id: string; date: string; zone: string; prefix: string; lane: Lane; queuedAt: Date; maskedName: string | null }

/** 'full': the slot has no place left; 'taken': this person already holds a booking in that zone that day. */
export type BookResult = 'ok' | 'full' | 'taken' | 'duplicate_code'

/** A staff action on a ticket: what it must be now, and what it becomes. */
export type TicketChange =
  | { kind: 'recall' }
  | { kind: 'miss' }
  | { kind: 'recheck' }
  | { kind: 'finish' }
  | { kind: 'transfer'; zone: string }

/**
 * Bookings and queue tickets of the live hall, on SQLite (live-sqlite.ts) or PostgreSQL
 * (live-postgres.ts); live-store.contract.ts holds both to the same behaviour. Every change returns
 * and records a new version (the id of the server-sent event that announces it).
 */
export interface LiveStore {
  readonly kind: 'sqlite' | 'postgres'
  /** Books a place if the slot has one and the person holds no other booking in that zone that day. */
  book(booking: StoredBooking, capacity: number): Promise<BookResult>
  findBooking(codeHash: string): Promise<StoredBooking | null>
  /** Cancels a booked booking and frees its place; false when it is not (or no longer) booked. */
  cancelBooking(codeHash: string, at: Date): Promise<boolean>
  /** Moves a booked booking to another slot (same zone), freeing the old place only once the new one is held. */
  moveBooking(codeHash: string, to: SlotChoice, at: Date): Promise<BookResult | 'missing'>
  /** Booked places per slot start of a zone's day. */
  slotCounts(zone: string, date: string): Promise<Record<string, number>>
  /** When this person's no-shows happened (their slots' ends), since `since`. */
  noShows(personHash: string, since: Date): Promise<Date[]>
  /** Marks bookings whose slot ended before `now` without a check-in as no-shows; returns how many. */
  markNoShows(now: Date): Promise<number>
  /** A walk-in or 绿色通道 ticket with the zone's next number. */
  issueTicket(ticket: NewTicket): Promise<HallTicket>
  /** Checks a booked booking in: its ticket (booked lane) and the booking's new status, together. Null when it is not booked. */
  checkIn(bookingId: string, ticket: NewTicket): Promise<HallTicket | null>
  findTicket(id: string): Promise<HallTicket | null>
  findTicketByBooking(bookingId: string): Promise<HallTicket | null>
  /** Every ticket of a day, for the hall's activity. */
  dayTickets(date: string): Promise<HallTicket[]>
  /** Calls the first waiting ticket of a zone (calling order) to a window; two desks never get the same one. */
  callNext(zone: string, date: string, window: number, at: Date, audit: (t: HallTicket) => AuditEntry): Promise<HallTicket | null>
  /** Applies a staff or visitor action if the ticket is in a state that allows it; null otherwise. */
  changeTicket(id: string, change: TicketChange, at: Date, audit: AuditEntry | null): Promise<HallTicket | null>
  /** The latest version (0 before any change). */
  version(): Promise<number>
  close(): Promise<void>
}
