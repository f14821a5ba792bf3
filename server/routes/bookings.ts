import { randomUUID } from 'node:crypto'
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { bookableDates, bookingRules, canChange, changeDeadline, checkInOpensMinutesBefore, suspendedUntil } from '../../core/live/booking-rules.ts'
import { chinaInstant, slotsOf } from '../../core/live/slots.ts'
import { maskEmail, maskPhone, maskText } from '../../core/forms/mask.ts'
import { EmailAddress } from '../../core/notifications/email-address.ts'
import { ApiError } from '../http/api-error.ts'
import { readJsonBody } from '../http/json-body.ts'
import { limiterFor } from '../http/rate-limit.ts'
import { validateQuery } from '../http/validate-query.ts'
import { bookingCodePattern, newBookingCode, normaliseBookingCode } from '../live/booking-code.ts'
import { zoneOfMatter, zoneTimes, type LiveDeps } from '../live/live-deps.ts'
import type { BookingView, SlotsView } from '../openapi/live-schemas.ts'
import { noticeBooking, withdrawReminder } from '../notifications/booking-notices.ts'
import type { BookResult, StoredBooking } from '../store/live-store.ts'

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and hyphens')
export const SlotsQuery = z.object({ zone: Slug.optional(), matter: Slug.optional() }).strict().refine((q) => q.zone || q.matter, 'give a zone or a matter')
const SlotChoice = { date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'), slot: z.string().regex(/^\d{2}:\d{2}$/, 'a slot start as HH:MM') }
export const CreateBookingBody = z
  .object({
    zone: Slug,
    ...SlotChoice,
    matterId: Slug.optional(),
    name: z.string().trim().min(2, 'give your name as on your ID card').max(30, 'at most 30 characters'),
    mobile: z.string().trim().regex(/^1[3-9]\d{9}$/, 'give an 11-digit mainland mobile number, e.g. 13812345678'),
    idLast4: z.string().trim().regex(/^\d{3}[\dXx]$/, 'give the last 4 characters of your ID number (digits, the last may be X)'),
    email: EmailAddress.optional().describe('optional: the confirmation and the reminder the working day before are e-mailed here'),
  })
  .strict()
export const MoveBookingBody = z.object(SlotChoice).strict()

const ruleView = { ...bookingRules, checkInOpensMinutesBefore }

/** The person a booking belongs to, for one-per-day and no-shows: a keyed hash of mobile and ID tail, never the values. */
export const personHash = (deps: LiveDeps, mobile: string, idLast4: string) => deps.crypto.hash('booking-person', `${mobile}:${idLast4.toUpperCase()}`)
export const codeHash = (deps: LiveDeps, code: string) => deps.crypto.hash('booking-code', code)

/**
 * Bookings (网上预约) under /api/bookings: `GET /slots` the bookable days and free slots of a zone
 * (or of the zone handling a matter), `POST /` books, `GET /{code}` shows a booking, `DELETE /{code}`
 * cancels it and `POST /{code}/move` moves it, both until 2 hours before the slot.
 *
 * @example app.route('/api/bookings', bookingRoutes(deps))
 */
export function bookingRoutes(deps: LiveDeps): Hono {
  const limit = limiterFor(deps.limits, deps.clock)
  const limitBooking = limit('booking-create', 10)
  const limitLookup = limit('booking-lookup', deps.ratePerMinute)
  const app = new Hono()

  app.get('/slots', async (c) => {
    const q = validateQuery(c, SlotsQuery)
    const zone = zoneTimes(deps, q.zone ?? zoneOfMatter(deps, q.matter!))
    const days = await Promise.all(bookableDates(deps.calendar, deps.clock()).map(async (date) => {
      const counts = await deps.store.slotCounts(zone.zone, date)
      return { date, slots: slotsOf(zone).map((s) => ({ ...s, free: Math.max(0, s.capacity - (counts[s.start] ?? 0)) })) }
    }))
    c.header('Cache-Control', 'no-store')
    return c.json({ zone: zone.zone, days, rules: ruleView } satisfies SlotsView)
  })

  app.post('/', async (c) => {
    await limitBooking(c)
    const body = await readJsonBody(c, CreateBookingBody)
    const now = deps.clock()
    const chosen = chosenSlot(deps, body.zone, body.date, body.slot, now)
    const person = personHash(deps, body.mobile, body.idLast4)
    const until = suspendedUntil(await deps.store.noShows(person, new Date(now.getTime() - bookingRules.noShowWindowDays * 86_400_000)), now)
    if (until) throw new ApiError(403, 'booking_suspended', `You missed ${bookingRules.noShowsToSuspend} bookings within ${bookingRules.noShowWindowDays} days, so you cannot book until ${until.toISOString()}. You can still take a ticket in the hall.`, { until: until.toISOString() })
    for (let attempt = 0; attempt < 3; attempt++) {
      const code = newBookingCode()
      const booking: StoredBooking = {
        id: randomUUID(), codeHash: codeHash(deps, code), codeSealed: deps.crypto.seal(code), zone: body.zone, date: body.date, slot: body.slot,
        startsAt: chosen.startsAt, endsAt: chosen.endsAt, personHash: person, nameSealed: deps.crypto.seal(body.name), mobileSealed: deps.crypto.seal(body.mobile),
        idLast4Sealed: deps.crypto.seal(body.idLast4.toUpperCase()), emailSealed: body.email ? deps.crypto.seal(body.email) : null, matterId: body.matterId ?? null, status: 'booked', createdAt: now, updatedAt: now,
      }
      const result = await deps.store.book(booking, chosen.capacity)
      if (result === 'duplicate_code') continue
      refuse(result)
      void deps.hub.changed()
      await notice(deps, () => noticeBooking(deps, booking, code))
      return c.json(await view(deps, booking, code), 201)
    }
    throw new Error('three booking codes in a row were taken')
  })

  app.get('/:code', async (c) => {
    await limitLookup(c)
    const { booking, code } = await found(deps, c)
    c.header('Cache-Control', 'no-store')
    return c.json(await view(deps, booking, code))
  })

  app.delete('/:code', async (c) => {
    await limitLookup(c)
    const { booking, code } = await found(deps, c)
    changeable(deps, booking)
    if (!(await deps.store.cancelBooking(booking.codeHash, deps.clock()))) throw notBooked(booking)
    void deps.hub.changed()
    await notice(deps, () => withdrawReminder(deps, booking))
    return c.json(await view(deps, (await deps.store.findBooking(booking.codeHash))!, code))
  })

  app.post('/:code/move', async (c) => {
    await limitLookup(c)
    const body = await readJsonBody(c, MoveBookingBody)
    const { booking, code } = await found(deps, c)
    changeable(deps, booking)
    const chosen = chosenSlot(deps, booking.zone, body.date, body.slot, deps.clock())
    const result = await deps.store.moveBooking(booking.codeHash, { date: body.date, slot: body.slot, ...chosen }, deps.clock())
    if (result === 'missing') throw notBooked(booking)
    refuse(result)
    void deps.hub.changed()
    const moved = (await deps.store.findBooking(booking.codeHash))!
    await notice(deps, async () => (await withdrawReminder(deps, booking), await noticeBooking(deps, moved, code)))
    return c.json(await view(deps, moved, code))
  })
  return app
}

/** The booking stands once stored: a message that could not be queued is logged, not turned into an error. */
async function notice(deps: LiveDeps, queue: () => Promise<unknown>): Promise<void> {
  await queue().catch((e: Error) => deps.log(`booking notices: ${e.message}`))
}

function chosenSlot(deps: LiveDeps, zoneId: string, date: string, start: string, now: Date) {
  const zone = zoneTimes(deps, zoneId)
  const dates = bookableDates(deps.calendar, now)
  if (!dates.includes(date)) throw new ApiError(422, 'date_not_bookable', `Book a working day 1 to ${bookingRules.maxWorkingDaysAhead} working days ahead: ${dates.join(', ')}.`, { pointer: '/date' })
  const slot = slotsOf(zone).find((s) => s.start === start)
  if (!slot) throw new ApiError(422, 'slot_not_found', `${start} is not a slot of this zone; its slots start at ${slotsOf(zone).map((s) => s.start).join(', ')}.`, { pointer: '/slot' })
  return { startsAt: chinaInstant(date, slot.start), endsAt: chinaInstant(date, slot.end), capacity: slot.capacity }
}

function refuse(result: Exclude<BookResult, 'duplicate_code'> | 'duplicate_code'): void {
  if (result === 'full') throw new ApiError(409, 'slot_full', 'This slot has just been fully booked. Choose another slot.')
  if (result === 'taken') throw new ApiError(409, 'already_booked', 'You already have a booking in this area on that day: one booking per person, area and day. Cancel or move it instead.')
}

async function found(deps: LiveDeps, c: Context): Promise<{ booking: StoredBooking; code: string }> {
  const code = normaliseBookingCode(c.req.param('code') ?? '')
  const booking = bookingCodePattern.test(code) ? await deps.store.findBooking(codeHash(deps, code)) : null
  if (!booking) throw new ApiError(404, 'booking_not_found', 'No booking has this code. Check the 8 characters on your confirmation.')
  return { booking, code }
}

function changeable(deps: LiveDeps, b: StoredBooking): void {
  if (b.status !== 'booked') throw notBooked(b)
  if (!canChange(b.date, b.slot, deps.clock())) {
    throw new ApiError(409, 'too_late_to_change', `Bookings can be cancelled or moved until ${bookingRules.changeClosesHoursBefore} hours before the slot (${changeDeadline(b.date, b.slot).toISOString()}).`)
  }
}

const notBooked = (b: StoredBooking) => new ApiError(409, 'booking_not_active', `This booking is ${b.status}; only a booking not yet used can be changed.`)

async function view(deps: LiveDeps, b: StoredBooking, code: string): Promise<BookingView> {
  const ticket = b.status === 'checked-in' ? await deps.store.findTicketByBooking(b.id) : null
  const end = new Date(b.endsAt.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)
  return {
    code, zone: b.zone, date: b.date, slot: b.slot, slotEnd: end, matterId: b.matterId, name: maskText(deps.crypto.open(b.nameSealed)),
    mobile: maskPhone(deps.crypto.open(b.mobileSealed)), email: b.emailSealed ? maskEmail(deps.crypto.open(b.emailSealed)) : null, status: b.status, changeUntil: changeDeadline(b.date, b.slot).toISOString(), ticketId: ticket?.id ?? null,
  }
}
