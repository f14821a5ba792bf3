import { laneRank, type Lane } from './queue-order.ts'

/** How many of the latest service times of a zone the estimate looks at. */
export const recentServices = 20
/** Each older service weighs this much less than the one after it (a half-life of about 5 services). */
export const serviceDecay = 0.87
/** Fewer measured services than this, and the content's typical service time is used. */
export const minimumSamples = 3
/** A window counts as open when it called someone within this many minutes... */
export const openWindowMinutes = 30
/** ...unless it has stood idle this long while someone waited: then it is closed (lunch, a break). */
export const idleWhileWaitingMinutes = 3
/** Higher-lane arrivals (绿色通道, booked) over this many minutes give the rate at which they overtake. */
export const overtakeWindowMinutes = 60

/**
 * Minutes one visitor takes at a window in this zone now: an exponentially weighted mean of the
 * latest measured service times (called to finished, oldest first), or the zone's typical time while
 * the day has too few. A mean, not a median: a queue's wait is a sum of services, long ones included.
 */
export function minutesPerVisitor(recentMinutes: readonly number[], typicalMinutes: number): number {
  const latest = recentMinutes.slice(-recentServices)
  if (latest.length < minimumSamples) return typicalMinutes
  let sum = 0
  let weights = 0
  latest.forEach((m, i) => {
    const w = serviceDecay ** (latest.length - 1 - i)
    sum += w * m
    weights += w
  })
  return sum / weights
}

/** A window's last call: when, and when that visitor finished (null while still at the window). */
export type WindowCall = { window: number; calledAt: Date; finishedAt: Date | null }

/**
 * The open windows of a zone as minutes each has been serving its current visitor (null when free).
 * A window is open when it called within the last half hour, and it has not stood idle for 3 minutes
 * while someone waited (`oldestWaiting`). At least one window: someone will be there.
 */
export function openWindows(lastCalls: readonly WindowCall[], oldestWaiting: Date | null, now: Date): (number | null)[] {
  const minutes = (from: Date) => (now.getTime() - from.getTime()) / 60_000
  const latest = new Map<number, WindowCall>()
  for (const c of lastCalls) if (c.calledAt.getTime() > (latest.get(c.window)?.calledAt.getTime() ?? -Infinity)) latest.set(c.window, c)
  const open: (number | null)[] = []
  for (const c of latest.values()) {
    if (c.finishedAt === null) open.push(Math.max(0, minutes(c.calledAt)))
    else if (minutes(c.calledAt) > openWindowMinutes) continue
    else if (oldestWaiting && minutes(new Date(Math.max(c.finishedAt.getTime(), oldestWaiting.getTime()))) > idleWhileWaitingMinutes) continue
    else open.push(null)
  }
  return open.length > 0 ? open : [null]
}

/**
 * Minutes from now until each of the next `count` calls, when the open windows (minutes serving, or
 * null when free) each serve one visitor per `perVisitor` minutes: each call goes to the window free
 * first. A visitor already at a window for longer than the mean still needs a little while.
 *
 * @example callTimes(3, [null, 4], 10) // [0, 6, 10]
 */
export function callTimes(count: number, windows: readonly (number | null)[], perVisitor: number): number[] {
  const free = windows.map((busy) => (busy === null ? 0 : Math.max(perVisitor - busy, perVisitor / 4)))
  const times: number[] = []
  for (let k = 0; k < count; k++) {
    let first = 0
    for (let w = 1; w < free.length; w++) if (free[w]! < free[first]!) first = w
    times.push(free[first]!)
    free[first]! += perVisitor
  }
  return times
}

/**
 * Expected waits in minutes for the queue in calling order, `lanes[i]` being the i-th ticket's lane,
 * plus one more for a walk-in taking a ticket now (the last entry). A ticket with `i` ahead is called
 * at the (i+1)-th next call, later by the visitors of higher lanes who arrive meanwhile (`overtakers`
 * per minute for each lane, until the zone stops giving tickets in `minutesLeft`): solved as
 * wait = call time of (i + rate × wait). Rounded to the nearest minute.
 *
 * @example queueWaits(['walk-in'], [null, 4], 10, { priority: 0, booked: 0, 'walk-in': 0 }, 60) // [0, 6]
 */
export function queueWaits(lanes: readonly Lane[], windows: readonly (number | null)[], perVisitor: number, overtakers: Record<Lane, number>, minutesLeft: number): number[] {
  const all = [...lanes, 'walk-in' as const]
  const horizon = callTimes(all.length * 3 + 10, windows, perVisitor)
  const at = (position: number) => {
    const i = Math.min(Math.floor(position), horizon.length - 2)
    return horizon[i]! + (horizon[i + 1]! - horizon[i]!) * Math.min(1, position - i)
  }
  return all.map((lane, i) => {
    let wait = at(i)
    for (let step = 0; step < 30; step++) {
      const next = at(i + overtakers[lane] * Math.min(wait, Math.max(0, minutesLeft)))
      if (Math.abs(next - wait) < 0.05) break
      wait = next
    }
    return Math.round(wait)
  })
}

/** Per lane, the arrivals per minute of the lanes called before it, from the queue times of the day's tickets. */
export function overtakeRates(queued: readonly { lane: Lane; queuedAt: Date }[], now: Date): Record<Lane, number> {
  const since = now.getTime() - overtakeWindowMinutes * 60_000
  const recent = queued.filter((t) => t.queuedAt.getTime() > since && t.queuedAt.getTime() <= now.getTime())
  const rate = (lane: Lane) => recent.filter((t) => laneRank(t.lane) < laneRank(lane)).length / overtakeWindowMinutes
  return { priority: rate('priority'), booked: rate('booked'), 'walk-in': rate('walk-in') }
}
