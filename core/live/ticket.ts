import type { Lane } from './queue-order.ts'

/**
 * A queue ticket (取号) as the hall sees it. `waiting` tickets are in a zone's queue; `called` ones are
 * at (or on their way to) a window; `missed` (过号) ones may check in again once; `done` ones were served.
 */
export type TicketStatus = 'waiting' | 'called' | 'missed' | 'done'

export type HallTicket = {
  id: string
  date: string
  zone: string
  seq: number
  number: string
  lane: Lane
  status: TicketStatus
  queuedAt: Date
  calledAt: Date | null
  /** How many times it was called (a recall calls again). */
  calls: number
  window: number | null
  finishedAt: Date | null
  /** Times it checked in again after being missed (at most once). */
  rechecks: number
  /** The visitor's name masked for the hall screen (张**), when a booking gave one. */
  maskedName: string | null
  bookingId: string | null
}
