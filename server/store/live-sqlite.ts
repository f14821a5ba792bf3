import { laneRank, ticketNumber } from '../../core/live/queue-order.ts'
import type { HallTicket } from '../../core/live/ticket.ts'
import { sqliteAuditWriter } from './audit-log.ts'
import { bookingColumns, bookingParams, callingOrderSql, ticketChangeSql, toBooking, toTicket } from './live-rows.ts'
import type { LiveStore, NewTicket } from './live-store.ts'
import { sqliteReader, type Row } from './row-reader.ts'
import type { SqliteDatabase } from './sqlite-database.ts'

const { time } = sqliteReader
const ms = (d: Date) => +d

/**
 * Bookings and tickets on the process's SQLite connection. One server instance: every change runs
 * inside one transaction of the shared group commit, so capacity and numbering hold without locks.
 *
 * @example const live = sqliteLiveStore(openSqliteDatabase(path.join(dataDir, 'drafts.sqlite')))
 */
export function sqliteLiveStore({ db, write }: SqliteDatabase): LiveStore {
  const audit = sqliteAuditWriter(db)
  const q = {
    bump: db.prepare('UPDATE live_versions SET version = version + 1 WHERE id = 1 RETURNING version').pluck(),
    version: db.prepare('SELECT version FROM live_versions WHERE id = 1').pluck(),
    take: db.prepare(`INSERT INTO slot_bookings (zone, date, slot, booked) VALUES (?, ?, ?, 1)
      ON CONFLICT (zone, date, slot) DO UPDATE SET booked = booked + 1 WHERE booked < ? RETURNING booked`).pluck(),
    free: db.prepare('UPDATE slot_bookings SET booked = booked - 1 WHERE zone = ? AND date = ? AND slot = ? AND booked > 0'),
    insertBooking: db.prepare(`INSERT INTO bookings (${bookingColumns}) VALUES (${bookingColumns.split(',').map(() => '?').join(', ')})`),
    booking: db.prepare('SELECT * FROM bookings WHERE code_hash = ?'),
    bookingById: db.prepare('SELECT * FROM bookings WHERE id = ?'),
    setBookingStatus: db.prepare(`UPDATE bookings SET status = ?, updated_at = ? WHERE id = ? AND status = 'booked'`),
    nextSeq: db.prepare(`INSERT INTO ticket_counters (date, zone, last) VALUES (?, ?, 1)
      ON CONFLICT (date, zone) DO UPDATE SET last = last + 1 RETURNING last`).pluck(),
    insertTicket: db.prepare(`INSERT INTO tickets (id, date, zone, seq, number, lane, lane_rank, status, queued_at, masked_name, booking_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?)`),
    ticket: db.prepare('SELECT * FROM tickets WHERE id = ?'),
  }
  const bump = () => q.bump.get() as number
  const ticket = (id: string) => toTicket(q.ticket.get(id) as Row, time)
  const insertTicket = (t: NewTicket, bookingId: string | null): HallTicket => {
    const seq = q.nextSeq.get(t.date, t.zone) as number
    q.insertTicket.run(t.id, t.date, t.zone, seq, ticketNumber(t.prefix, seq), t.lane, laneRank(t.lane), ms(t.queuedAt), t.maskedName, bookingId)
    bump()
    return ticket(t.id)
  }
  const place = (zone: string, date: string, slot: string, capacity: number) => q.take.get(zone, date, slot, capacity) !== undefined
  const isTaken = (err: unknown) => err instanceof Error && /UNIQUE constraint failed: bookings\.(person_hash|code_hash)/.test(err.message)
  return {
    kind: 'sqlite',
    async book(b, capacity) {
      try {
        return await write(() => {
          if (!place(b.zone, b.date, b.slot, capacity)) return 'full' as const
          q.insertBooking.run(...bookingParams(b, ms))
          bump()
          return 'ok' as const
        })
      } catch (err) {
        if (isTaken(err)) return /code_hash/.test((err as Error).message) ? 'duplicate_code' : 'taken'
        throw err
      }
    },
    async findBooking(codeHash) {
      const row = q.booking.get(codeHash) as Row | undefined
      return row ? toBooking(row, time) : null
    },
    async cancelBooking(codeHash, at) {
      return write(() => {
        const row = q.booking.get(codeHash) as Row | undefined
        if (!row || q.setBookingStatus.run('cancelled', ms(at), row.id).changes === 0) return false
        q.free.run(row.zone, row.date, row.slot)
        bump()
        return true
      })
    },
    async moveBooking(codeHash, to, at) {
      try {
        return await write(() => {
          const row = q.booking.get(codeHash) as Row | undefined
          if (!row || row.status !== 'booked') return 'missing' as const
          if (!place(row.zone as string, to.date, to.slot, to.capacity)) return 'full' as const
          q.free.run(row.zone, row.date, row.slot)
          db.prepare('UPDATE bookings SET date = ?, slot = ?, starts_at = ?, ends_at = ?, updated_at = ? WHERE id = ?').run(to.date, to.slot, ms(to.startsAt), ms(to.endsAt), ms(at), row.id)
          bump()
          return 'ok' as const
        })
      } catch (err) {
        if (isTaken(err)) return 'taken'
        throw err
      }
    },
    async slotCounts(zone, date) {
      const rows = db.prepare('SELECT slot, booked FROM slot_bookings WHERE zone = ? AND date = ?').all(zone, date) as { slot: string; booked: number }[]
      return Object.fromEntries(rows.map((r) => [r.slot, r.booked]))
    },
    async noShows(personHash, since) {
      const rows = db.prepare(`SELECT ends_at FROM bookings WHERE person_hash = ? AND status = 'no-show' AND ends_at >= ? ORDER BY ends_at`).pluck().all(personHash, ms(since))
      return rows.map(time)
    },
    async markNoShows(now) {
      return write(() => {
        const n = db.prepare(`UPDATE bookings SET status = 'no-show', updated_at = ? WHERE status = 'booked' AND ends_at < ?`).run(ms(now), ms(now)).changes
        if (n > 0) bump()
        return n
      })
    },
    async issueTicket(t) {
      return write(() => insertTicket(t, null))
    },
    async checkIn(bookingId, t) {
      return write(() => {
        if (q.setBookingStatus.run('checked-in', ms(t.queuedAt), bookingId).changes === 0) return null
        return insertTicket(t, bookingId)
      })
    },
    async findTicket(id) {
      const row = q.ticket.get(id) as Row | undefined
      return row ? toTicket(row, time) : null
    },
    async findTicketByBooking(bookingId) {
      const row = db.prepare('SELECT * FROM tickets WHERE booking_id = ?').get(bookingId) as Row | undefined
      return row ? toTicket(row, time) : null
    },
    async dayTickets(date) {
      return (db.prepare('SELECT * FROM tickets WHERE date = ? ORDER BY seq').all(date) as Row[]).map((r) => toTicket(r, time))
    },
    async callNext(zone, date, window, at, entry) {
      return write(() => {
        const next = db.prepare(`SELECT id FROM tickets WHERE date = ? AND zone = ? AND status = 'waiting' ORDER BY ${callingOrderSql} LIMIT 1`).pluck().get(date, zone) as string | undefined
        if (next === undefined) return null
        db.prepare(`UPDATE tickets SET status = 'called', called_at = ?, calls = calls + 1, window_number = ? WHERE id = ?`).run(ms(at), window, next)
        bump()
        const called = ticket(next)
        audit(entry(called))
        return called
      })
    },
    async changeTicket(id, change, at, entry) {
      return write(() => {
        const values: unknown[] = []
        const { set, where } = ticketChangeSql(change, ms(at), (v) => (values.push(v), '?'))
        if (db.prepare(`UPDATE tickets SET ${set} WHERE id = ? AND ${where}`).run(...values, id).changes === 0) return null
        bump()
        if (entry) audit(entry)
        return ticket(id)
      })
    },
    async version() {
      return q.version.get() as number
    },
    async close() {
      // The connection belongs to the process's SqliteDatabase, which closes it.
    },
  }
}
