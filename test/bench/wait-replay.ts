import { buildHallActivity, placeOf } from '../../core/live/hall-activity.ts'
import type { Lane } from '../../core/live/queue-order.ts'
import { callingOrder, ticketNumber } from '../../core/live/queue-order.ts'
import type { ZoneServiceTimes } from '../../core/live/service-times.ts'
import type { HallTicket } from '../../core/live/ticket.ts'

/**
 * A generated day in one zone, replayed against the live hall's estimate (issue 18, bench c).
 * Arrivals are Poisson (one per 4 minutes, 09:00-16:00), a share of them 绿色通道 or booked (`mix`);
 * service times are log-normal (median 10 minutes); three windows, one of them closed 11:00-14:00.
 * The windows call in calling order whenever one is free. Each arriving ticket's estimate is what the
 * hall would have shown (buildHallActivity over the day's tickets as they stood at that moment); its
 * error is the difference from when it really was called. Returns the absolute errors in minutes.
 */
export function replayDay(seed: number, mix: LaneMix, estimate: Estimator = hallEstimate): number[] {
  let s = seed
  const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  const dayStart = Date.parse('2026-10-08T01:00:00Z') // 09:00 in Beijing
  const at = (m: number) => new Date(dayStart + m * 60_000)
  const zone: ZoneServiceTimes = { zone: 'business-startup', ticketPrefix: 'A', hours: [{ from: '09:00', to: '16:00' }], slotMinutes: 30, capacityPerSlot: 12, walkInShare: 0.4, typicalServiceMinutes: 12 }

  type Visitor = { seq: number; lane: Lane; arrived: number; called: number; finished: number; window: number }
  const visitors: Visitor[] = []
  for (let t = 0, seq = 1; (t += -Math.log(1 - random()) * 4) < 420; seq++) {
    const r = random()
    visitors.push({ seq, lane: r < mix.priority ? 'priority' : r < mix.priority + mix.booked ? 'booked' : 'walk-in', arrived: t, called: NaN, finished: NaN, window: 0 })
  }
  const opensAt = (w: number, m: number) => (w === 2 && m > 120 && m < 300 ? 300 : m) // window 3 is closed 11:00-14:00
  const free = [0, 0, 0]
  const waiting: Visitor[] = []
  let next = 0
  let now = 0
  while (next < visitors.length || waiting.length > 0) {
    const ready = free.map((f, w) => ({ w, at: opensAt(w, Math.max(f, now)) })).sort((a, b) => a.at - b.at)[0]!
    if (waiting.length > 0 && (next >= visitors.length || ready.at <= visitors[next]!.arrived)) {
      now = ready.at
      const v = callingOrder(waiting.map((w) => ({ ...w, queuedAt: at(w.arrived) })))[0]!
      const chosen = waiting.splice(waiting.findIndex((w) => w.seq === v.seq), 1)[0]!
      chosen.called = now
      chosen.window = ready.w + 1
      chosen.finished = free[ready.w] = now + Math.max(2, Math.exp(Math.log(10) + 0.4 * normal()))
    } else {
      now = visitors[next]!.arrived
      waiting.push(visitors[next++]!)
    }
  }

  const ticketAt = (v: Visitor, m: number): HallTicket => ({
    id: `t${v.seq}`, date: '2026-10-08', zone: zone.zone, seq: v.seq, number: ticketNumber('A', v.seq), lane: v.lane,
    status: v.called > m ? 'waiting' : v.finished > m ? 'called' : 'done', queuedAt: at(v.arrived), calledAt: v.called > m ? null : at(v.called),
    calls: v.called > m ? 0 : 1, window: v.called > m ? null : v.window, finishedAt: v.finished > m ? null : at(v.finished), rechecks: 0, maskedName: null, bookingId: null,
  })
  return visitors.map((v) => {
    const seen = visitors.filter((o) => o.arrived <= v.arrived).map((o) => ticketAt(o, v.arrived))
    return Math.abs(v.called - v.arrived - estimate(seen, zone, at(v.arrived), ticketNumber('A', v.seq)))
  })
}

/** Shares of arrivals taking 绿色通道 and checking in a booking; the rest walk in. */
export type LaneMix = { priority: number; booked: number }

/** What a ticket was told on arrival, in minutes, from the day's tickets as they stood then. */
export type Estimator = (tickets: HallTicket[], zone: ZoneServiceTimes, now: Date, number: string) => number

/** The live hall's own estimate: what /queue/tickets/<id> shows. */
export const hallEstimate: Estimator = (tickets, zone, now, number) => placeOf(buildHallActivity(tickets, [zone], now, 0), zone.zone, number)?.waitMinutes ?? 0

/** The median of a list of numbers. */
export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
