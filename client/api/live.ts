import type { z } from 'zod'
import type { BookingView, HallActivityView, SlotsView, TicketView } from '../../server/openapi/live-schemas.ts'
import { call } from './feedback.ts'

export type { BookingView, SlotsView, TicketView }
export type HallActivity = z.infer<typeof HallActivityView>
export type NewBooking = { zone: string; date: string; slot: string; matterId?: string; name: string; mobile: string; idLast4: string; email?: string }

const enc = encodeURIComponent

/** Bookings, queue tickets and calling (server/routes/bookings.ts, queue.ts, calling.ts). Refusals resolve as values. */
export const liveApi = {
  slots: (by: { zone?: string | null; matter?: string | null }) =>
    call<SlotsView>('GET', `/api/bookings/slots?${new URLSearchParams(Object.entries(by).filter((e): e is [string, string] => !!e[1]))}`),
  book: (body: NewBooking) => call<BookingView>('POST', '/api/bookings', body),
  booking: (code: string) => call<BookingView>('GET', `/api/bookings/${enc(code)}`),
  cancel: (code: string) => call<BookingView>('DELETE', `/api/bookings/${enc(code)}`),
  move: (code: string, date: string, slot: string) => call<BookingView>('POST', `/api/bookings/${enc(code)}/move`, { date, slot }),
  takeTicket: (zone: string, lane: 'walk-in' | 'priority') => call<TicketView>('POST', '/api/queue/tickets', { zone, lane }),
  checkIn: (code: string) => call<TicketView>('POST', '/api/queue/check-in', { code }),
  ticket: (id: string) => call<TicketView>('GET', `/api/queue/tickets/${enc(id)}`),
  recheck: (id: string) => call<TicketView>('POST', `/api/queue/tickets/${enc(id)}/recheck`),
  activity: () => call<HallActivity>('GET', '/api/queue/activity'),
}

/** The staff desk's calling, with its bearer token. */
export function callingApi(token: string) {
  const auth = { Authorization: `Bearer ${token}` }
  return {
    next: (zone: string, window: number) => call<{ ticket: TicketView | null }>('POST', '/api/staff/calling/next', { zone, window }, auth),
    act: (id: string, action: 'recall' | 'miss' | 'finish' | 'transfer', zone?: string) =>
      call<{ ticket: TicketView | null }>('POST', `/api/staff/calling/tickets/${enc(id)}`, { action, ...(zone ? { zone } : {}) }, auth),
  }
}
