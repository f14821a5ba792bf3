import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { callingOrder } from '../../core/live/queue-order.ts'
import { bookingFor } from '../../server/store/live-store.contract.ts'
import { openPostgresStores, openSqliteStores, type Stores } from '../../server/store/stores.ts'
import { createTestSchema, testDatabaseUrl } from '../support/postgres.ts'
import { median, replayDay, type Estimator } from './wait-replay.ts'

/**
 * Issue 18's benches (b) and (c):
 * (b) bookings per second when 400 visitors race for one slot of 50 places, against the same 400
 *     bookings spread over 400 slots in the same run (the ratio is the cost of contention), on SQLite
 *     and on PostgreSQL; the slot must end with exactly 50;
 * (c) the wait estimate against a replay of generated days (wait-replay.ts: Poisson arrivals,
 *     log-normal service times, a window closed over lunch), with one lane and with 绿色通道 and
 *     booked visitors: the median absolute error in minutes (goal <= 5), against the earlier estimate.
 */
async function bookings(stores: Stores, label: string): Promise<void> {
  const time = async (slotOf: (i: number) => string, tag: string) => {
    const started = performance.now()
    const results = await Promise.all(Array.from({ length: 400 }, (_, i) => stores.live.book(bookingFor(`${tag}${i}`, { slot: slotOf(i), date: `2026-11-${tag === 'c' ? '02' : '03'}` }), 50)))
    return { perSecond: 400 / ((performance.now() - started) / 1000), ok: results.filter((r) => r === 'ok').length }
  }
  const spread = await time((i) => `s${i}`, 's')
  const contended = await time(() => '09:00', 'c')
  const counts = await stores.live.slotCounts('business-startup', '2026-11-02')
  console.log(`${label}: one contended slot ${contended.perSecond.toFixed(0)} bookings/s (${contended.ok} booked, slot holds ${counts['09:00']}, capacity 50), ` +
    `spread ${spread.perSecond.toFixed(0)}/s; ratio ${(contended.perSecond / spread.perSecond).toFixed(2)} ${counts['09:00'] === 50 ? 'OK' : 'OVERBOOKED'}`)
}

/** The estimate before issue 18's rework, as the baseline: ahead × median of the last 10 services ÷ windows that called within 30 minutes. */
const earlierEstimate: Estimator = (tickets, zone, now, number) => {
  const mine = tickets.filter((t) => t.zone === zone.zone)
  const served = mine.filter((t) => t.status === 'done').sort((a, b) => a.finishedAt!.getTime() - b.finishedAt!.getTime()).map((t) => (t.finishedAt!.getTime() - t.calledAt!.getTime()) / 60_000).slice(-10)
  const perVisitor = served.length < 3 ? zone.typicalServiceMinutes : median(served)
  const windows = Math.max(1, new Set(mine.filter((t) => t.calledAt && now.getTime() - t.calledAt.getTime() <= 30 * 60_000).map((t) => t.window)).size)
  const ahead = callingOrder(mine.filter((t) => t.status === 'waiting')).findIndex((t) => t.number === number)
  return Math.ceil((ahead * perVisitor) / windows)
}

const days = Array.from({ length: 15 }, (_, i) => i + 1)
for (const [label, mix] of [['one lane', { priority: 0, booked: 0 }], ['8% 绿色通道, 20% booked', { priority: 0.08, booked: 0.2 }]] as const) {
  const errors = days.flatMap((d) => replayDay(d, mix))
  const before = days.flatMap((d) => replayDay(d, mix, earlierEstimate))
  console.log(`(c) wait estimates over 15 generated days, ${label} (${errors.length} visitors): median absolute error ${median(errors).toFixed(1)} min ` +
    `(goal <= 5) ${median(errors) <= 5 ? 'OK' : 'MISSED'}; the earlier estimate ${median(before).toFixed(1)} min, ratio ${(median(errors) / median(before)).toFixed(2)}`)
}

const dir = mkdtempSync(path.join(tmpdir(), 'live-bench-'))
const sqlite = openSqliteStores(path.join(dir, 'drafts.sqlite'))
await bookings(sqlite, '(b) SQLite')
await sqlite.close()
rmSync(dir, { recursive: true, force: true })
const url = await testDatabaseUrl()
const { schema, drop } = await createTestSchema(url)
const pg = await openPostgresStores({ connectionString: url, schema })
await bookings(pg, '(b) PostgreSQL')
await pg.close()
await drop()
