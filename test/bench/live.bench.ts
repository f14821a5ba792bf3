import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { estimateWaitMinutes, minutesPerVisitor, openWindowCount } from '../../core/live/wait-estimate.ts'
import { bookingFor } from '../../server/store/live-store.contract.ts'
import { openPostgresStores, openSqliteStores, type Stores } from '../../server/store/stores.ts'
import { createTestSchema, testDatabaseUrl } from '../support/postgres.ts'

/**
 * Issue 18's benches (b) and (c):
 * (b) bookings per second when 400 visitors race for one slot of 50 places, against the same 400
 *     bookings spread over 400 slots in the same run (the ratio is the cost of contention), on SQLite
 *     and on PostgreSQL; the slot must end with exactly 50;
 * (c) the wait estimate against a replay of a generated day (Poisson arrivals, log-normal service
 *     times, windows opening and closing): the median absolute error in minutes (goal <= 5).
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

function replayDay(seed: number): number[] {
  let s = seed
  const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  const errors: number[] = []
  const windows = [0, 0, 0] // minute each window is free again
  const finished: { at: number; minutes: number }[] = []
  const calls: { window: number; at: Date }[] = []
  const queue: { arrived: number; estimate: number }[] = []
  const dayStart = Date.parse('2026-10-08T01:00:00Z')
  const at = (m: number) => new Date(dayStart + m * 60_000)
  let t = 0
  const arrivals: number[] = []
  while (t < 420) arrivals.push((t += -Math.log(1 - random()) * 4)) // one visitor per 4 minutes on average
  const open = (m: number) => (m < 120 || m > 300 ? 3 : 2) // a window closes over lunch
  // Event-driven: serve whoever waits whenever an open window is free, in arrival order.
  const pending = arrivals.map((a) => ({ arrived: a }))
  for (const visitor of pending) {
    const ahead = queue.filter((q) => q.arrived <= visitor.arrived).length
    const perVisitor = minutesPerVisitor(finished.filter((f) => f.at <= visitor.arrived).map((f) => f.minutes), 12)
    const estimate = estimateWaitMinutes(ahead, perVisitor, openWindowCount(calls, at(visitor.arrived)))
    queue.push({ arrived: visitor.arrived, estimate })
    // Serve the queue up to this arrival.
    while (queue.length > 0) {
      const free = windows.map((f, i) => ({ i, f })).filter((w) => w.i < open(w.f)).sort((a, b) => a.f - b.f)[0]!
      const next = queue[0]!
      const start = Math.max(free.f, next.arrived)
      if (start > (pending[pending.indexOf(visitor) + 1]?.arrived ?? Infinity)) break
      queue.shift()
      const minutes = Math.max(2, Math.exp(Math.log(10) + 0.4 * normal()))
      windows[free.i] = start + minutes
      calls.push({ window: free.i + 1, at: at(start) })
      finished.push({ at: start + minutes, minutes })
      errors.push(Math.abs(start - next.arrived - next.estimate))
    }
  }
  return errors
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!

const errors = [1, 2, 3, 4, 5].flatMap(replayDay)
console.log(`(c) wait estimates over 5 generated days (${errors.length} visitors): median absolute error ${median(errors).toFixed(1)} min (goal <= 5) ${median(errors) <= 5 ? 'OK' : 'MISSED'}`)

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
