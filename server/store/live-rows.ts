import type { Lane } from '../../core/live/queue-order.ts'
import type { HallTicket, TicketStatus } from '../../core/live/ticket.ts'
import type { BookingStatus, StoredBooking } from './live-store.ts'

/** Row mapping shared by live-sqlite.ts and live-postgres.ts; `time` reads each driver's timestamps. */
export type Row = Record<string, unknown>
type Time = (v: unknown) => Date

const orNull = <T>(v: unknown, f: (v: unknown) => T): T | null => (v === null || v === undefined ? null : f(v))

export function toBooking(r: Row, time: Time): StoredBooking {
  return {
    id: r.id as string, codeHash: r.code_hash as string, codeSealed: r.code_sealed as string, zone: r.zone as string, date: r.date as string,
    slot: r.slot as string, startsAt: time(r.starts_at), endsAt: time(r.ends_at), personHash: r.person_hash as string,
    nameSealed: r.name_sealed as string, mobileSealed: r.mobile_sealed as string, idLast4Sealed: r.id_last4_sealed as string,
    emailSealed: (r.email_sealed as string | null) ?? null, matterId: (r.matter_id as string | null) ?? null, status: r.status as BookingStatus, createdAt: time(r.created_at), updatedAt: time(r.updated_at),
  }
}

/** The booking's columns in insert order (timestamps as the driver takes them). */
export function bookingParams(b: StoredBooking, time: (d: Date) => unknown): unknown[] {
  return [b.id, b.codeHash, b.codeSealed, b.zone, b.date, b.slot, time(b.startsAt), time(b.endsAt), b.personHash, b.nameSealed, b.mobileSealed,
    b.idLast4Sealed, b.emailSealed, b.matterId, b.status, time(b.createdAt), time(b.updatedAt)]
}

export const bookingColumns = 'id, code_hash, code_sealed, zone, date, slot, starts_at, ends_at, person_hash, name_sealed, mobile_sealed, id_last4_sealed, email_sealed, matter_id, status, created_at, updated_at'

export function toTicket(r: Row, time: Time): HallTicket {
  return {
    id: r.id as string, date: r.date as string, zone: r.zone as string, seq: Number(r.seq), number: r.number as string, lane: r.lane as Lane,
    status: r.status as TicketStatus, queuedAt: time(r.queued_at), calledAt: orNull(r.called_at, time), calls: Number(r.calls),
    window: orNull(r.window_number, Number), finishedAt: orNull(r.finished_at, time), rechecks: Number(r.rechecks),
    maskedName: (r.masked_name as string | null) ?? null, bookingId: (r.booking_id as string | null) ?? null,
  }
}

/** The calling order in SQL, the same as core/live/queue-order.ts's compareQueued. */
export const callingOrderSql = 'lane_rank, queued_at, seq'

/**
 * The UPDATE of a ticket change, for both dialects: `arg` adds a value and returns its placeholder.
 * The WHERE clause holds the state the change needs, so a change raced by another desk updates nothing.
 */
export function ticketChangeSql(change: import('./live-store.ts').TicketChange, at: unknown, arg: (v: unknown) => string): { set: string; where: string } {
  switch (change.kind) {
    case 'recall':
      return { set: `calls = calls + 1, called_at = ${arg(at)}`, where: `status = 'called'` }
    case 'miss':
      return { set: `status = 'missed'`, where: `status = 'called'` }
    case 'recheck':
      return { set: `status = 'waiting', queued_at = ${arg(at)}, rechecks = rechecks + 1, window_number = NULL`, where: `status = 'missed' AND rechecks = 0` }
    case 'finish':
      return { set: `status = 'done', finished_at = ${arg(at)}`, where: `status = 'called'` }
    case 'transfer':
      return { set: `status = 'waiting', zone = ${arg(change.zone)}, queued_at = ${arg(at)}, window_number = NULL, called_at = NULL`, where: `status = 'called'` }
  }
}
