import { randomBytes } from 'node:crypto'
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { z } from 'zod'
import { chinaDate, isWorkingDay } from '../../core/calendar/working-days.ts'
import { checkInWindow } from '../../core/live/booking-rules.ts'
import { placeOf } from '../../core/live/hall-activity.ts'
import type { HallTicket } from '../../core/live/ticket.ts'
import { slotsOf } from '../../core/live/slots.ts'
import { maskText } from '../../core/forms/mask.ts'
import { ApiError } from '../http/api-error.ts'
import { readJsonBody } from '../http/json-body.ts'
import { limiterFor } from '../http/rate-limit.ts'
import { bookingCodePattern, normaliseBookingCode } from '../live/booking-code.ts'
import { zoneTimes, type LiveDeps } from '../live/live-deps.ts'
import type { TicketView } from '../openapi/live-schemas.ts'
import { codeHash } from './bookings.ts'

export const TakeTicketBody = z
  .object({ zone: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a zone id'), lane: z.enum(['walk-in', 'priority']).default('walk-in') })
  .strict()
export const CheckInBody = z.object({ code: z.string().min(1, 'scan the QR code or type the booking code').max(200) }).strict()

/** How often an idle event stream gets a comment, so proxies keep it open. */
const heartbeatMs = 25_000

/**
 * Queue tickets (取号) under /api/queue: `POST /tickets` takes a walk-in or 绿色通道 ticket, `POST
 * /check-in` turns a booking into a ticket within its slot, `GET /tickets/{id}` follows one,
 * `POST /tickets/{id}/recheck` re-queues a missed ticket once, `GET /activity` is the hall now and
 * `GET /events` streams it (server-sent events, resuming after Last-Event-ID).
 *
 * @example app.route('/api/queue', queueRoutes(deps))
 */
export function queueRoutes(deps: LiveDeps): Hono {
  const limit = limiterFor(deps.limits, deps.clock)('queue', deps.ratePerMinute)
  const app = new Hono()

  app.post('/tickets', async (c) => {
    await limit(c)
    const body = await readJsonBody(c, TakeTicketBody)
    const zone = zoneTimes(deps, body.zone)
    const now = deps.clock()
    if (!isWorkingDay(deps.calendar, chinaDate(now))) throw new ApiError(409, 'zone_closed', 'The hall is closed today; tickets are given on working days.')
    openNow(zone.hours, now)
    const ticket = await deps.store.issueTicket({ id: ticketId(), date: chinaDate(now), zone: zone.zone, prefix: zone.ticketPrefix, lane: body.lane, queuedAt: now, maskedName: null })
    await deps.hub.changed()
    return c.json(await ticketView(deps, ticket), 201)
  })

  app.post('/check-in', async (c) => {
    await limit(c)
    const code = normaliseBookingCode((await readJsonBody(c, CheckInBody)).code)
    const booking = bookingCodePattern.test(code) ? await deps.store.findBooking(codeHash(deps, code)) : null
    if (!booking) throw new ApiError(404, 'booking_not_found', 'No booking has this code. Check the code, or take a walk-in ticket.')
    if (booking.status === 'checked-in') {
      const existing = await deps.store.findTicketByBooking(booking.id)
      if (existing) return c.json(await ticketView(deps, existing))
    }
    if (booking.status !== 'booked') throw new ApiError(409, 'booking_not_active', `This booking is ${booking.status}. Take a walk-in ticket instead.`)
    const zone = zoneTimes(deps, booking.zone)
    const slot = slotsOf(zone).find((s) => s.start === booking.slot)
    const now = deps.clock()
    const window = checkInWindow(booking.date, booking.slot, slot?.end ?? booking.slot, now)
    if (window !== 'open') {
      throw new ApiError(409, window === 'early' ? 'check_in_too_early' : 'check_in_too_late',
        window === 'early' ? `Your booking is for ${booking.date} ${booking.slot}; check in from 30 minutes before.` : `Your slot (${booking.date} ${booking.slot}) has ended. Take a walk-in ticket instead.`)
    }
    const ticket = await deps.store.checkIn(booking.id, {
      id: ticketId(), date: booking.date, zone: zone.zone, prefix: zone.ticketPrefix, lane: 'booked', queuedAt: now, maskedName: maskText(deps.crypto.open(booking.nameSealed)),
    })
    if (!ticket) throw new ApiError(409, 'booking_not_active', 'This booking was used or cancelled a moment ago.')
    await deps.hub.changed()
    return c.json(await ticketView(deps, ticket), 201)
  })

  app.get('/tickets/:id', async (c) => {
    const ticket = await deps.store.findTicket(c.req.param('id'))
    if (!ticket) throw new ApiError(404, 'ticket_not_found', 'No ticket has this link.')
    c.header('Cache-Control', 'no-store')
    return c.json(await ticketView(deps, ticket))
  })

  app.post('/tickets/:id/recheck', async (c) => {
    await limit(c)
    const ticket = await deps.store.changeTicket(c.req.param('id'), { kind: 'recheck' }, deps.clock(), null)
    if (!ticket) throw new ApiError(409, 'cannot_recheck', 'Only a missed ticket can check in again, and only once. Take a new ticket.')
    await deps.hub.changed()
    return c.json(await ticketView(deps, ticket))
  })

  app.get('/activity', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.body((await deps.hub.current()).json, 200, { 'Content-Type': 'application/json' })
  })

  app.get('/events', (c) => {
    const lastSeen = Number(c.req.header('last-event-id') ?? c.req.query('lastEventId') ?? -1)
    c.header('Cache-Control', 'no-store')
    c.header('X-Accel-Buffering', 'no')
    return streamSSE(c, async (stream) => {
      const queue: { version: number; json: string }[] = []
      let wake: (() => void) | null = null
      const unsubscribe = deps.hub.subscribe((a, json) => {
        queue.splice(0, queue.length, { version: a.version, json })
        wake?.()
      })
      stream.onAbort(() => {
        unsubscribe()
        wake?.()
      })
      const first = await deps.hub.current()
      if (!(Number.isFinite(lastSeen) && first.activity.version <= lastSeen && lastSeen >= 0)) await stream.writeSSE({ id: String(first.activity.version), event: 'hall', data: first.json, retry: 2000 })
      while (!stream.aborted) {
        const next = queue.shift()
        if (next) {
          await stream.writeSSE({ id: String(next.version), event: 'hall', data: next.json })
          continue
        }
        await new Promise<void>((resolve) => {
          wake = resolve
          setTimeout(resolve, heartbeatMs).unref?.()
        })
        wake = null
        if (!stream.aborted && queue.length === 0) await stream.write(': keep-alive\n\n')
      }
    })
  })
  return app
}

const ticketId = () => randomBytes(12).toString('base64url')

function openNow(hours: { from: string; to: string }[], now: Date): void {
  const hhmm = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)
  if (!hours.some((h) => hhmm >= h.from && hhmm < h.to)) {
    throw new ApiError(409, 'zone_closed', `This area gives tickets ${hours.map((h) => `${h.from}-${h.to}`).join(' and ')} on working days.`)
  }
}

/** A ticket with its place in the queue now. */
export async function ticketView(deps: LiveDeps, t: HallTicket): Promise<TicketView> {
  const place = t.status === 'waiting' ? placeOf((await deps.hub.current()).activity, t.zone, t.number) : null
  return {
    id: t.id, number: t.number, zone: t.zone, date: t.date, lane: t.lane, status: t.status, window: t.window, ahead: place?.ahead ?? null,
    waitMinutes: place?.waitMinutes ?? null, canRecheck: t.status === 'missed' && t.rechecks === 0, issuedAt: t.queuedAt.toISOString(),
  }
}
