import { z } from 'zod'
import { CreateBookingBody, MoveBookingBody, SlotsQuery } from '../routes/bookings.ts'
import { CallNextBody, TicketActionBody } from '../routes/calling.ts'
import { CheckInBody, TakeTicketBody } from '../routes/queue.ts'
import { BookingView, HallActivityView, SlotsView, TicketView } from './live-schemas.ts'
import type { Operation } from './operations.ts'

const code = [{ name: 'code', description: 'the booking code (8 characters), as typed or scanned' }]
const ticket = [{ name: 'id', description: 'the ticket id from its QR code or link' }]
const booking = (description: string) => ({ name: 'Booking', schema: BookingView, description })
const ticketAnswer = (description: string, status: 200 | 201 = 200) => ({ status, name: 'QueueTicket', schema: TicketView, description })
const called = { name: 'CallResult', schema: z.object({ ticket: TicketView.nullable().describe('null when nobody is waiting') }), description: 'The ticket as it is now' }
const noBooking = 'booking_not_found: no booking has this code'
const tooMany = 'too_many_attempts: too many requests from this connection'

/** /api/bookings, /api/queue and /api/staff/calling (server/routes/bookings.ts, queue.ts, calling.ts). */
export const liveOperations: Operation[] = [
  { method: 'get', path: '/api/bookings/slots', operationId: 'listBookingSlots', tag: 'live', summary: 'Bookable days (1-5 working days ahead) and free slots of a zone, or of the zone handling a matter', query: SlotsQuery as unknown as z.ZodObject, response: { name: 'BookingSlots', schema: SlotsView, description: 'Days, slots with free places, and the booking rules' }, errors: { 404: 'zone_not_found, matter_not_found' } },
  { method: 'post', path: '/api/bookings', operationId: 'createBooking', tag: 'live', summary: 'Book a slot (预约)', body: { name: 'CreateBookingBody', schema: CreateBookingBody }, response: { status: 201, ...booking('The booking with its code') }, errors: { 403: 'booking_suspended: three no-shows within 90 days suspend booking for 30 days', 404: 'zone_not_found', 409: 'slot_full, already_booked (one per person, zone and day)', 422: 'date_not_bookable, slot_not_found', 429: tooMany } },
  { method: 'get', path: '/api/bookings/{code}', operationId: 'getBooking', tag: 'live', summary: 'A booking, personal data masked', pathParams: code, response: booking('The booking'), errors: { 404: noBooking, 429: tooMany } },
  { method: 'delete', path: '/api/bookings/{code}', operationId: 'cancelBooking', tag: 'live', summary: 'Cancel a booking, until 2 hours before its slot', pathParams: code, response: booking('The cancelled booking'), errors: { 404: noBooking, 409: 'too_late_to_change, booking_not_active', 429: tooMany } },
  { method: 'post', path: '/api/bookings/{code}/move', operationId: 'moveBooking', tag: 'live', summary: 'Move a booking to another slot, until 2 hours before its slot', pathParams: code, body: { name: 'MoveBookingBody', schema: MoveBookingBody }, response: booking('The moved booking'), errors: { 404: noBooking, 409: 'too_late_to_change, booking_not_active, slot_full, already_booked', 422: 'date_not_bookable, slot_not_found', 429: tooMany } },
  { method: 'post', path: '/api/queue/tickets', operationId: 'takeTicket', tag: 'live', summary: 'Take a walk-in or 绿色通道 ticket (取号)', body: { name: 'TakeTicketBody', schema: TakeTicketBody }, response: ticketAnswer('The ticket, its place and expected wait', 201), errors: { 404: 'zone_not_found', 409: 'zone_closed', 429: tooMany } },
  { method: 'post', path: '/api/queue/check-in', operationId: 'checkInBooking', tag: 'live', summary: 'Check a booking in within its slot: a ticket called before walk-ins', body: { name: 'CheckInBody', schema: CheckInBody }, response: ticketAnswer('The booked ticket', 201), alsoAnswers: [ticketAnswer('The ticket this booking already has')], errors: { 404: noBooking, 409: 'check_in_too_early, check_in_too_late, booking_not_active', 429: tooMany } },
  { method: 'get', path: '/api/queue/tickets/{id}', operationId: 'getTicket', tag: 'live', summary: 'Follow a ticket: people ahead and the expected wait', pathParams: ticket, response: ticketAnswer('The ticket now'), errors: { 404: 'ticket_not_found' } },
  { method: 'post', path: '/api/queue/tickets/{id}/recheck', operationId: 'recheckTicket', tag: 'live', summary: 'Check a missed (过号) ticket in again, once', pathParams: ticket, response: ticketAnswer('The ticket, waiting again'), errors: { 409: 'cannot_recheck', 429: tooMany } },
  { method: 'get', path: '/api/queue/activity', operationId: 'getHallActivity', tag: 'live', summary: 'The real hall now: waiting, estimates and calls per zone', response: { name: 'HallActivity', schema: HallActivityView, description: 'The newest picture; version is the event id' } },
  { method: 'get', path: '/api/queue/events', operationId: 'streamHallActivity', tag: 'live', summary: 'Server-sent events: a `hall` event with the HallActivity at each change; send Last-Event-ID to resume', response: { status: 200, media: ['text/event-stream'], description: 'An event stream' } },
  { method: 'post', path: '/api/staff/calling/next', operationId: 'callNextTicket', tag: 'staff', staff: true, summary: 'Call the next ticket of a zone to a window (叫号)', body: { name: 'CallNextBody', schema: CallNextBody }, response: called, errors: { 404: 'zone_not_found', 422: 'window_not_in_zone' } },
  { method: 'post', path: '/api/staff/calling/tickets/{id}', operationId: 'actOnTicket', tag: 'staff', staff: true, summary: 'Recall, mark missed (过号), transfer or finish a called ticket', pathParams: ticket, body: { name: 'TicketActionBody', schema: TicketActionBody }, response: called, errors: { 404: 'ticket_not_found, zone_not_found', 409: 'ticket_state_changed' } },
]
