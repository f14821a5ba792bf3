import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Lane } from '../../core/live/queue-order.ts'
import type { LiveStore, NewTicket, StoredBooking } from './live-store.ts'

export type LiveStoreFactory = () => Promise<{ store: LiveStore; cleanup: () => Promise<void> }>

const at = (hhmm: string, date = '2026-10-08') => new Date(`${date}T${hhmm}:00+08:00`)

/** A booking of 2026-10-08 09:00 in the start-up area, for `person`. */
export function bookingFor(person: string, extra: Partial<StoredBooking> = {}): StoredBooking {
  const id = `b-${person}-${Math.random().toString(36).slice(2, 8)}`
  return {
    id, codeHash: `code-${id}`, codeSealed: 'sealed', zone: 'business-startup', date: '2026-10-08', slot: '09:00',
    startsAt: at('09:00'), endsAt: at('09:30'), personHash: `person-${person}`, nameSealed: 'n', mobileSealed: 'm', idLast4Sealed: 'i', emailSealed: null,
    matterId: 'company-establishment', status: 'booked', createdAt: at('08:00', '2026-10-06'), updatedAt: at('08:00', '2026-10-06'), ...extra,
  }
}

let n = 0
export function newTicket(lane: Lane, queuedAt: string, extra: Partial<NewTicket> = {}): NewTicket {
  return { id: `t${++n}-${Math.random().toString(36).slice(2, 8)}`, date: '2026-10-08', zone: 'business-startup', prefix: 'A', lane, queuedAt: at(queuedAt), maskedName: null, ...extra }
}

const audit = { at: at('10:00'), actor: 'staff:s1', action: 'ticket.test', subject: 'ticket:x', before: null, after: null }

/** The behaviour both live stores must share; run from live-sqlite.test.ts and live-postgres.test.ts. */
export function liveStoreContract(name: string, open: LiveStoreFactory): void {
  describe(`the ${name} live store`, () => {
    let store: LiveStore
    let cleanup: () => Promise<void>
    beforeEach(async () => ({ store, cleanup } = await open()))
    afterEach(async () => cleanup())

    it('books a slot up to its capacity and refuses the next booking as full', async () => {
      expect(await store.book(bookingFor('a'), 2)).toBe('ok')
      expect(await store.book(bookingFor('b'), 2)).toBe('ok')
      expect(await store.book(bookingFor('c'), 2)).toBe('full')
      expect(await store.slotCounts('business-startup', '2026-10-08')).toEqual({ '09:00': 2 })
    })

    it('keeps the sealed e-mail address a booking was given, and none where none was', async () => {
      const withEmail = bookingFor('a', { emailSealed: 'v1.sealed-email' })
      const without = bookingFor('b')
      await store.book(withEmail, 2)
      await store.book(without, 2)
      expect((await store.findBooking(withEmail.codeHash))?.emailSealed).toBe('v1.sealed-email')
      expect((await store.findBooking(without.codeHash))?.emailSealed).toBeNull()
    })

    it('never books past capacity under 200 concurrent bookings', async () => {
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => store.book(bookingFor(`p${i}`), 37)))
      expect(results.filter((r) => r === 'ok')).toHaveLength(37)
      expect(results.filter((r) => r === 'full')).toHaveLength(163)
      expect(await store.slotCounts('business-startup', '2026-10-08')).toEqual({ '09:00': 37 })
    })

    it('keeps one booking per person, zone and day, and lets a cancelled one be booked again', async () => {
      const first = bookingFor('a')
      expect(await store.book(first, 10)).toBe('ok')
      expect(await store.book(bookingFor('a', { slot: '10:00' }), 10)).toBe('taken')
      expect(await store.book(bookingFor('a', { zone: 'social-affairs' }), 10)).toBe('ok')
      expect(await store.book(bookingFor('a', { date: '2026-10-09' }), 10)).toBe('ok')
      expect(await store.cancelBooking(first.codeHash, at('07:00'))).toBe(true)
      expect(await store.book(bookingFor('a', { slot: '10:00' }), 10)).toBe('ok')
      expect(await store.slotCounts('business-startup', '2026-10-08')).toEqual({ '09:00': 0, '10:00': 1 })
    })

    it('frees the place of a cancelled booking once, and refuses to cancel twice', async () => {
      const b = bookingFor('a')
      await store.book(b, 1)
      expect(await store.cancelBooking(b.codeHash, at('07:00'))).toBe(true)
      expect(await store.cancelBooking(b.codeHash, at('07:01'))).toBe(false)
      expect((await store.findBooking(b.codeHash))?.status).toBe('cancelled')
      expect(await store.book(bookingFor('b'), 1)).toBe('ok')
    })

    it('moves a booking to a free slot, freeing the old place, and leaves it where it was when the new slot is full', async () => {
      const b = bookingFor('a')
      await store.book(b, 1)
      await store.book(bookingFor('b', { slot: '10:00' }), 1)
      const ten = { date: '2026-10-08', slot: '10:00', startsAt: at('10:00'), endsAt: at('10:30'), capacity: 1 }
      expect(await store.moveBooking(b.codeHash, ten, at('07:00'))).toBe('full')
      expect((await store.findBooking(b.codeHash))?.slot).toBe('09:00')
      const eleven = { ...ten, slot: '11:00', startsAt: at('11:00'), endsAt: at('11:30') }
      expect(await store.moveBooking(b.codeHash, eleven, at('07:00'))).toBe('ok')
      expect((await store.findBooking(b.codeHash))?.startsAt.toISOString()).toBe('2026-10-08T03:00:00.000Z')
      expect(await store.slotCounts('business-startup', '2026-10-08')).toEqual({ '09:00': 0, '10:00': 1, '11:00': 1 })
    })

    it('counts a booking nobody checked in for as a no-show once its slot has ended', async () => {
      const missed = bookingFor('a')
      const kept = bookingFor('a', { zone: 'social-affairs' })
      await store.book(missed, 5)
      await store.book(kept, 5)
      await store.checkIn(kept.id, newTicket('booked', '08:55', { zone: 'social-affairs', prefix: 'C' }))
      expect(await store.markNoShows(at('09:20'))).toBe(0)
      expect(await store.markNoShows(at('09:31'))).toBe(1)
      expect((await store.noShows('person-a', at('00:00', '2026-07-01'))).map((d) => d.toISOString())).toEqual(['2026-10-08T01:30:00.000Z'])
      expect(await store.noShows('person-a', at('00:00', '2026-10-09'))).toEqual([])
    })

    it('numbers tickets per zone and day', async () => {
      const numbers = [
        await store.issueTicket(newTicket('walk-in', '09:00')),
        await store.issueTicket(newTicket('walk-in', '09:01')),
        await store.issueTicket(newTicket('walk-in', '09:02', { zone: 'social-affairs', prefix: 'C' })),
        await store.issueTicket(newTicket('walk-in', '09:00', { date: '2026-10-09' })),
      ].map((t) => `${t.date} ${t.number}`)
      expect(numbers).toEqual(['2026-10-08 A001', '2026-10-08 A002', '2026-10-08 C001', '2026-10-09 A001'])
    })

    it('checks a booking in once, as a booked ticket', async () => {
      const b = bookingFor('a')
      await store.book(b, 5)
      const ticket = await store.checkIn(b.id, newTicket('booked', '08:55', { maskedName: '张**' }))
      expect(ticket).toMatchObject({ number: 'A001', lane: 'booked', status: 'waiting', maskedName: '张**', bookingId: b.id })
      expect(await store.checkIn(b.id, newTicket('booked', '08:56'))).toBeNull()
      expect((await store.findBooking(b.codeHash))?.status).toBe('checked-in')
      expect((await store.findTicketByBooking(b.id))?.id).toBe(ticket!.id)
    })

    it('calls 绿色通道 first, then booked visitors, then walk-ins, each in order of arrival', async () => {
      await store.issueTicket(newTicket('walk-in', '09:00'))
      await store.issueTicket(newTicket('walk-in', '09:01'))
      const b = bookingFor('a')
      await store.book(b, 5)
      await store.checkIn(b.id, newTicket('booked', '09:02'))
      await store.issueTicket(newTicket('priority', '09:03'))
      const called: string[] = []
      for (let i = 0; i < 5; i++) called.push((await store.callNext('business-startup', '2026-10-08', 1, at('09:10'), () => audit))?.number ?? 'none')
      expect(called).toEqual(['A004', 'A003', 'A001', 'A002', 'none'])
    })

    it('gives two desks calling at once two different tickets', async () => {
      for (let i = 0; i < 6; i++) await store.issueTicket(newTicket('walk-in', `09:0${i}`))
      const calls = await Promise.all([1, 2, 3, 4, 5, 6].map((w) => store.callNext('business-startup', '2026-10-08', w, at('09:10'), () => audit)))
      expect(new Set(calls.map((t) => t!.number)).size).toBe(6)
    })

    it('lets a missed ticket check in again once, at the back of the queue', async () => {
      const late = await store.issueTicket(newTicket('walk-in', '09:00'))
      await store.issueTicket(newTicket('walk-in', '09:01'))
      await store.callNext('business-startup', '2026-10-08', 3, at('09:05'), () => audit)
      expect((await store.changeTicket(late.id, { kind: 'miss' }, at('09:08'), audit))?.status).toBe('missed')
      expect((await store.changeTicket(late.id, { kind: 'recheck' }, at('09:20'), null))?.status).toBe('waiting')
      expect((await store.callNext('business-startup', '2026-10-08', 3, at('09:21'), () => audit))?.number).toBe('A002')
      expect((await store.callNext('business-startup', '2026-10-08', 3, at('09:30'), () => audit))?.number).toBe('A001')
      await store.changeTicket(late.id, { kind: 'miss' }, at('09:33'), audit)
      expect(await store.changeTicket(late.id, { kind: 'recheck' }, at('09:40'), null)).toBeNull()
    })

    it('recalls, finishes, and refuses to finish a ticket twice', async () => {
      const t = await store.issueTicket(newTicket('walk-in', '09:00'))
      await store.callNext('business-startup', '2026-10-08', 2, at('09:05'), () => audit)
      expect(await store.changeTicket(t.id, { kind: 'recall' }, at('09:07'), audit)).toMatchObject({ calls: 2, status: 'called', window: 2 })
      const done = await store.changeTicket(t.id, { kind: 'finish' }, at('09:15'), audit)
      expect(done?.finishedAt?.toISOString()).toBe('2026-10-08T01:15:00.000Z')
      expect(await store.changeTicket(t.id, { kind: 'finish' }, at('09:16'), audit)).toBeNull()
    })

    it('transfers a called ticket into another zone\'s queue, keeping its number', async () => {
      const t = await store.issueTicket(newTicket('walk-in', '09:00'))
      await store.callNext('business-startup', '2026-10-08', 2, at('09:05'), () => audit)
      await store.changeTicket(t.id, { kind: 'transfer', zone: 'social-affairs' }, at('09:09'), audit)
      expect(await store.callNext('business-startup', '2026-10-08', 2, at('09:10'), () => audit)).toBeNull()
      expect(await store.callNext('social-affairs', '2026-10-08', 14, at('09:10'), () => audit)).toMatchObject({ number: 'A001', zone: 'social-affairs', window: 14 })
    })

    it('raises its version with every change, and not when nothing changed', async () => {
      const start = await store.version()
      await store.issueTicket(newTicket('walk-in', '09:00'))
      await store.callNext('business-startup', '2026-10-08', 1, at('09:05'), () => audit)
      await store.callNext('business-startup', '2026-10-08', 1, at('09:06'), () => audit)
      expect(await store.version()).toBe(start + 2)
    })
  })
}
