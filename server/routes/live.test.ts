import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { liveTestApp } from '../live/live-test-app.ts'

let t: Awaited<ReturnType<typeof liveTestApp>>
beforeEach(async () => (t = await liveTestApp()))
afterEach(async () => t.close())

const person = { name: '张小明', mobile: '13812345678', idLast4: '123X' }
const book = (extra: object = {}) => t.send('POST', '/api/bookings', { zone: 'business-startup', date: '2026-10-08', slot: '09:30', matterId: 'company-establishment', ...person, ...extra })
const at = (iso: string) => (t.state.now = new Date(iso))

describe('booking a slot', () => {
  it('offers the next five working days of the zone handling a matter, with free places', async () => {
    const { status, body } = await t.send('GET', '/api/bookings/slots?matter=company-establishment')
    expect(status).toBe(200)
    expect(body.zone).toBe('business-startup')
    expect(body.days.map((d: any) => d.date)).toEqual(['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'])
    expect(body.days[0].slots[0]).toEqual({ start: '09:00', end: '09:30', capacity: 7, free: 7 })
    expect(body.rules).toMatchObject({ maxWorkingDaysAhead: 5, changeClosesHoursBefore: 2, noShowsToSuspend: 3, noShowWindowDays: 90, suspensionDays: 30 })
  })

  it('books, shows the booking masked, and counts the place as taken', async () => {
    const { status, body } = await book()
    expect(status).toBe(201)
    expect(body).toMatchObject({ zone: 'business-startup', date: '2026-10-08', slot: '09:30', slotEnd: '10:00', name: '张**', mobile: '138****5678', status: 'booked', changeUntil: '2026-10-07T23:30:00.000Z' })
    expect(body.code).toMatch(/^[A-Z2-9]{8}$/)
    expect((await t.send('GET', `/api/bookings/${body.code.toLowerCase()}`)).body.name).toBe('张**')
    const slots = (await t.send('GET', '/api/bookings/slots?zone=business-startup')).body
    expect(slots.days[1].slots[1]).toEqual({ start: '09:30', end: '10:00', capacity: 7, free: 6 })
  })

  it('keeps the name, mobile and ID tail out of the database file in the clear', async () => {
    await book()
    const db = new Database(t.file, { readonly: true })
    const dump = JSON.stringify(db.prepare('SELECT * FROM bookings').all())
    db.close()
    expect(dump).not.toContain('张小明')
    expect(dump).not.toContain('13812345678')
    expect(dump).not.toContain('123X')
  })

  it('refuses a second booking of the same person in the zone that day, and a full slot, each with a 409', async () => {
    await book()
    expect((await book({ slot: '10:00' })).body.error.code).toBe('already_booked')
    for (let i = 0; i < 7; i++) expect((await book({ mobile: `1390000000${i}`, slot: '10:00' })).status).toBe(201)
    const full = await book({ mobile: '13900000009', slot: '10:00' })
    expect(full.status).toBe(409)
    expect(full.body.error.code).toBe('slot_full')
  })

  it('refuses a day outside the next five working days and a slot the zone does not have', async () => {
    expect((await book({ date: '2026-10-13' })).body.error.code).toBe('date_not_bookable')
    expect((await book({ date: '2026-10-01' })).body.error.code).toBe('date_not_bookable')
    expect((await book({ slot: '12:00' })).body.error.code).toBe('slot_not_found')
  })

  it('cancels and moves until two hours before the slot, not after', async () => {
    const { body } = await book()
    const moved = await t.send('POST', `/api/bookings/${body.code}/move`, { date: '2026-10-09', slot: '14:00' })
    expect(moved.body).toMatchObject({ date: '2026-10-09', slot: '14:00', status: 'booked' })
    at('2026-10-09T12:00:01+08:00')
    expect((await t.send('DELETE', `/api/bookings/${body.code}`)).body.error.code).toBe('too_late_to_change')
    at('2026-10-09T11:59:00+08:00')
    t.state.client = '203.0.113.8' // the rate limiter's clock only moves forward
    expect((await t.send('DELETE', `/api/bookings/${body.code}`)).body.status).toBe('cancelled')
  })

  it('suspends booking for 30 days after three no-shows within 90 days, saying until when', async () => {
    for (const [now, date] of [['2026-09-29T10:00:00+08:00', '2026-09-30'], ['2026-10-09T10:00:00+08:00', '2026-10-12'], ['2026-10-13T10:00:00+08:00', '2026-10-14']]) {
      at(now!)
      expect((await book({ date })).status).toBe(201)
    }
    at('2026-10-15T10:00:00+08:00')
    expect(await t.deps.store.markNoShows(t.state.now)).toBe(3)
    const refused = await book({ date: '2026-10-16' })
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatchObject({ code: 'booking_suspended', details: { until: '2026-11-13T02:00:00.000Z' } })
  })
})

describe('tickets and calling', () => {
  it('calls a checked-in booking before earlier walk-ins, and 绿色通道 before both', async () => {
    const { body: booking } = await book()
    at('2026-10-08T09:10:00+08:00')
    const walkIn = await t.send('POST', '/api/queue/tickets', { zone: 'business-startup' })
    expect(walkIn.body).toMatchObject({ number: 'A001', lane: 'walk-in', ahead: 0, status: 'waiting' })
    expect((await t.send('POST', '/api/queue/check-in', { code: `https://lobby.example/queue?code=${booking.code}` })).body).toMatchObject({ number: 'A002', lane: 'booked', ahead: 0 })
    expect((await t.send('GET', `/api/queue/tickets/${walkIn.body.id}`)).body).toMatchObject({ ahead: 1, waitMinutes: 20 })
    await t.send('POST', '/api/queue/tickets', { zone: 'business-startup', lane: 'priority' })
    const calls = []
    for (let i = 0; i < 3; i++) calls.push((await t.asStaff('POST', '/api/staff/calling/next', { zone: 'business-startup', window: 1 })).body.ticket.number)
    expect(calls).toEqual(['A003', 'A002', 'A001'])
    const activity = (await t.send('GET', '/api/queue/activity')).body
    expect(activity.calls[0]).toMatchObject({ number: 'A001', window: 1 })
    expect(activity.calls.find((c: any) => c.number === 'A002').name).toBe('张**')
  })

  it('refuses a check-in outside the booking\'s slot', async () => {
    const { body: booking } = await book()
    at('2026-10-08T08:59:00+08:00')
    expect((await t.send('POST', '/api/queue/check-in', { code: booking.code })).body.error.code).toBe('check_in_too_early')
    at('2026-10-08T10:00:00+08:00')
    expect((await t.send('POST', '/api/queue/check-in', { code: booking.code })).body.error.code).toBe('check_in_too_late')
  })

  it('lets a missed ticket check in again once, and the desk transfer and finish', async () => {
    at('2026-10-08T09:10:00+08:00')
    const ticket = (await t.send('POST', '/api/queue/tickets', { zone: 'business-startup' })).body
    await t.asStaff('POST', '/api/staff/calling/next', { zone: 'business-startup', window: 2 })
    expect((await t.asStaff('POST', `/api/staff/calling/tickets/${ticket.id}`, { action: 'miss' })).body.ticket.status).toBe('missed')
    expect((await t.send('POST', `/api/queue/tickets/${ticket.id}/recheck`)).body).toMatchObject({ status: 'waiting', canRecheck: false })
    await t.asStaff('POST', '/api/staff/calling/next', { zone: 'business-startup', window: 2 })
    expect((await t.asStaff('POST', `/api/staff/calling/tickets/${ticket.id}`, { action: 'transfer', zone: 'social-affairs' })).body.ticket).toMatchObject({ zone: 'social-affairs', status: 'waiting' })
    expect((await t.asStaff('POST', '/api/staff/calling/next', { zone: 'social-affairs', window: 15 })).body.ticket.number).toBe('A001')
    expect((await t.asStaff('POST', `/api/staff/calling/tickets/${ticket.id}`, { action: 'finish' })).body.ticket.status).toBe('done')
    expect((await t.asStaff('POST', `/api/staff/calling/tickets/${ticket.id}`, { action: 'finish' })).body.error.code).toBe('ticket_state_changed')
  })

  it('lets only staff call, and only to a window of the zone', async () => {
    expect((await t.send('POST', '/api/staff/calling/next', { zone: 'business-startup', window: 1 })).status).toBe(401)
    expect((await t.asStaff('POST', '/api/staff/calling/next', { zone: 'business-startup', window: 14 })).body.error.code).toBe('window_not_in_zone')
  })

  it('gives no ticket when the zone is closed', async () => {
    at('2026-10-03T10:00:00+08:00')
    expect((await t.send('POST', '/api/queue/tickets', { zone: 'business-startup' })).body.error.code).toBe('zone_closed')
    at('2026-10-08T12:30:00+08:00')
    expect((await t.send('POST', '/api/queue/tickets', { zone: 'business-startup' })).body.error.code).toBe('zone_closed')
  })
})

describe('the event stream', () => {
  it('sends the hall at once, then each change, and resumes after the last event id', async () => {
    at('2026-10-08T09:10:00+08:00')
    await t.send('POST', '/api/queue/tickets', { zone: 'business-startup' })
    const res = await t.app.request('/api/queue/events')
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    const reader = res.body!.getReader()
    const events: string[] = []
    const read = async () => {
      while (!events.some((e) => e.includes('"waiting":2'))) events.push(new TextDecoder().decode((await reader.read()).value))
    }
    const reading = read()
    await new Promise((r) => setTimeout(r, 50))
    await t.send('POST', '/api/queue/tickets', { zone: 'business-startup' })
    await reading
    const text = events.join('')
    expect(text).toMatch(/event: hall\ndata: .*\nid: 1\n/)
    expect(text).toMatch(/event: hall\ndata: .*"queue":\["A001","A002"\].*\nid: 2\n/)
    await reader.cancel()
    const resumed = await t.app.request('/api/queue/events', { headers: { 'Last-Event-ID': '2' } })
    const r2 = resumed.body!.getReader()
    const pending = r2.read()
    await t.send('POST', '/api/queue/tickets', { zone: 'business-startup' })
    expect(new TextDecoder().decode((await pending).value)).toMatch(/^event: hall\ndata: .*\nid: 3\n/)
    await r2.cancel()
  })
})
