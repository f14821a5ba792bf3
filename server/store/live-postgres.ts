import type pg from 'pg'
import { laneRank, ticketNumber } from '../../core/live/queue-order.ts'
import type { HallTicket } from '../../core/live/ticket.ts'
import { insertPostgresAudit } from './audit-log.ts'
import { bookingColumns, bookingParams, callingOrderSql, ticketChangeSql, toBooking, toTicket } from './live-rows.ts'
import type { LiveStore, NewTicket } from './live-store.ts'
import type { PostgresDatabase } from './postgres-database.ts'
import { postgresReader, type Row } from './row-reader.ts'

/** The channel every change is announced on (see server/live/live-events.ts). */
export const liveChannel = 'live_hall'

const { time } = postgresReader
const same = (d: Date) => d

type Client = pg.PoolClient

/**
 * Bookings and tickets in PostgreSQL, shared by every server instance. A slot's count rises only
 * below its capacity in one upsert (row-locked), a desk calls with FOR UPDATE SKIP LOCKED, and each
 * change notifies `live_hall` with its version when it commits.
 *
 * @example const live = postgresLiveStore(await openPostgresDatabase({ connectionString: settings.databaseUrl }))
 */
export function postgresLiveStore({ pool, transaction: tx }: PostgresDatabase): LiveStore {
  const bump = async (c: Client) => Number((await c.query<{ v: string }>(`SELECT pg_notify($1, v::text), v FROM nextval('live_versions') AS v`, [liveChannel])).rows[0]!.v)
  const place = async (c: Client, zone: string, date: string, slot: string, capacity: number) =>
    (await c.query(`INSERT INTO slot_bookings (zone, date, slot, booked) VALUES ($1, $2, $3, 1)
      ON CONFLICT (zone, date, slot) DO UPDATE SET booked = slot_bookings.booked + 1 WHERE slot_bookings.booked < $4 RETURNING booked`, [zone, date, slot, capacity])).rowCount === 1
  const free = (c: Client, r: Row) => c.query('UPDATE slot_bookings SET booked = booked - 1 WHERE zone = $1 AND date = $2 AND slot = $3 AND booked > 0', [r.zone, r.date, r.slot])
  const bookingBy = async (c: Pick<pg.Pool, 'query'>, codeHash: string, lock = false) =>
    (await c.query(`SELECT * FROM bookings WHERE code_hash = $1${lock ? ' FOR UPDATE' : ''}`, [codeHash])).rows[0] as Row | undefined
  const insertTicket = async (c: Client, t: NewTicket, bookingId: string | null): Promise<HallTicket> => {
    const seq = Number((await c.query(`INSERT INTO ticket_counters (date, zone, last) VALUES ($1, $2, 1)
      ON CONFLICT (date, zone) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last`, [t.date, t.zone])).rows[0].last)
    const { rows } = await c.query(`INSERT INTO tickets (id, date, zone, seq, number, lane, lane_rank, status, queued_at, masked_name, booking_id)
      VALUES ($1, $2, $3, $4, $5, $6, $7, 'waiting', $8, $9, $10) RETURNING *`,
    [t.id, t.date, t.zone, seq, ticketNumber(t.prefix, seq), t.lane, laneRank(t.lane), t.queuedAt, t.maskedName, bookingId])
    await bump(c)
    return toTicket(rows[0], time)
  }
  const unique = (err: unknown): string | null => ((err as { code?: string }).code === '23505' ? ((err as { constraint?: string }).constraint ?? '') : null)
  return {
    kind: 'postgres',
    async book(b, capacity) {
      try {
        return await tx(async (c) => {
          if (!(await place(c, b.zone, b.date, b.slot, capacity))) return 'full' as const
          await c.query(`INSERT INTO bookings (${bookingColumns}) VALUES (${bookingColumns.split(',').map((_, i) => `$${i + 1}`).join(', ')})`, bookingParams(b, same))
          await bump(c)
          return 'ok' as const
        })
      } catch (err) {
        const constraint = unique(err)
        if (constraint === null) throw err
        return constraint.includes('code_hash') ? 'duplicate_code' : 'taken'
      }
    },
    async findBooking(codeHash) {
      const row = await bookingBy(pool, codeHash)
      return row ? toBooking(row, time) : null
    },
    async cancelBooking(codeHash, at) {
      return tx(async (c) => {
        const row = await bookingBy(c, codeHash, true)
        if (!row || row.status !== 'booked') return false
        await c.query(`UPDATE bookings SET status = 'cancelled', updated_at = $1 WHERE id = $2`, [at, row.id])
        await free(c, row)
        await bump(c)
        return true
      })
    },
    async moveBooking(codeHash, to, at) {
      try {
        return await tx(async (c) => {
          const row = await bookingBy(c, codeHash, true)
          if (!row || row.status !== 'booked') return 'missing' as const
          if (!(await place(c, row.zone as string, to.date, to.slot, to.capacity))) return 'full' as const
          await free(c, row)
          await c.query('UPDATE bookings SET date = $1, slot = $2, starts_at = $3, ends_at = $4, updated_at = $5 WHERE id = $6', [to.date, to.slot, to.startsAt, to.endsAt, at, row.id])
          await bump(c)
          return 'ok' as const
        })
      } catch (err) {
        if (unique(err) === null) throw err
        return 'taken'
      }
    },
    async slotCounts(zone, date) {
      const { rows } = await pool.query<{ slot: string; booked: number }>('SELECT slot, booked FROM slot_bookings WHERE zone = $1 AND date = $2', [zone, date])
      return Object.fromEntries(rows.map((r) => [r.slot, r.booked]))
    },
    async noShows(personHash, since) {
      const { rows } = await pool.query(`SELECT ends_at FROM bookings WHERE person_hash = $1 AND status = 'no-show' AND ends_at >= $2 ORDER BY ends_at`, [personHash, since])
      return rows.map((r) => time(r.ends_at))
    },
    async markNoShows(now) {
      return tx(async (c) => {
        const n = (await c.query(`UPDATE bookings SET status = 'no-show', updated_at = $1 WHERE status = 'booked' AND ends_at < $1`, [now])).rowCount ?? 0
        if (n > 0) await bump(c)
        return n
      })
    },
    async issueTicket(t) {
      return tx((c) => insertTicket(c, t, null))
    },
    async checkIn(bookingId, t) {
      return tx(async (c) => {
        const changed = await c.query(`UPDATE bookings SET status = 'checked-in', updated_at = $1 WHERE id = $2 AND status = 'booked'`, [t.queuedAt, bookingId])
        return changed.rowCount === 1 ? insertTicket(c, t, bookingId) : null
      })
    },
    async findTicket(id) {
      const row = (await pool.query('SELECT * FROM tickets WHERE id = $1', [id])).rows[0]
      return row ? toTicket(row, time) : null
    },
    async findTicketByBooking(bookingId) {
      const row = (await pool.query('SELECT * FROM tickets WHERE booking_id = $1', [bookingId])).rows[0]
      return row ? toTicket(row, time) : null
    },
    async dayTickets(date) {
      return (await pool.query('SELECT * FROM tickets WHERE date = $1 ORDER BY seq', [date])).rows.map((r) => toTicket(r, time))
    },
    async callNext(zone, date, window, at, entry) {
      return tx(async (c) => {
        const { rows } = await c.query(`UPDATE tickets SET status = 'called', called_at = $1, calls = calls + 1, window_number = $2
          WHERE id = (SELECT id FROM tickets WHERE date = $3 AND zone = $4 AND status = 'waiting' ORDER BY ${callingOrderSql} LIMIT 1 FOR UPDATE SKIP LOCKED)
          RETURNING *`, [at, window, date, zone])
        if (!rows[0]) return null
        const called = toTicket(rows[0], time)
        await bump(c)
        await insertPostgresAudit(c, entry(called))
        return called
      })
    },
    async changeTicket(id, change, at, entry) {
      return tx(async (c) => {
        const values: unknown[] = []
        const { set, where } = ticketChangeSql(change, at, (v) => (values.push(v), `$${values.length}`))
        values.push(id)
        const { rows } = await c.query(`UPDATE tickets SET ${set} WHERE id = $${values.length} AND ${where} RETURNING *`, values)
        if (!rows[0]) return null
        await bump(c)
        if (entry) await insertPostgresAudit(c, entry)
        return toTicket(rows[0], time)
      })
    },
    async version() {
      const { rows } = await pool.query<{ last_value: string; is_called: boolean }>('SELECT last_value, is_called FROM live_versions')
      return rows[0]!.is_called ? Number(rows[0]!.last_value) : 0
    },
    async close() {
      // The pool belongs to the process's PostgresDatabase, which ends it.
    },
  }
}
