import { callingOrder } from './queue-order.ts'
import { minutesOf, type ZoneServiceTimes } from './service-times.ts'
import type { HallTicket } from './ticket.ts'
import { minutesPerVisitor, openWindows, overtakeRates, queueWaits, type WindowCall } from './wait-estimate.ts'

/** A call on the hall screen: who, to which window, when. `key` changes on a recall, so screens announce it again. */
export type HallCall = { key: string; number: string; zone: string; window: number; name: string | null; at: string }

/** One zone's queue now. `queue` lists waiting ticket numbers in calling order, `waits` their expected waits in minutes. */
export type ZoneActivity = {
  zone: string
  waiting: number
  queue: string[]
  waits: number[]
  minutesPerVisitor: number
  openWindows: number
  /** The wait a walk-in taking a ticket now can expect. */
  waitMinutes: number
  serving: HallCall[]
}

/**
 * The real hall at one moment, as the live pages and the animated hall draw it: waiting counts and
 * estimates per zone, the tickets at windows and the latest calls. `version` orders snapshots (it is
 * the server-sent event id); a newer snapshot replaces an older one whole.
 */
export type HallActivity = { version: number; at: string; zones: ZoneActivity[]; calls: HallCall[] }

/** How many of the latest calls the screens list. */
export const latestCalls = 8

const minutes = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 60_000

/**
 * Builds the hall's activity from the day's tickets: pure, so every server instance, the tests and the
 * bench compute the same picture from the same rows.
 */
export function buildHallActivity(tickets: readonly HallTicket[], zones: readonly ZoneServiceTimes[], now: Date, version: number): HallActivity {
  const callOf = (t: HallTicket): HallCall => ({
    key: `${t.id}:${t.calls}`, number: t.number, zone: t.zone, window: t.window ?? 0, name: t.maskedName, at: (t.calledAt ?? now).toISOString(),
  })
  const called = tickets.filter((t) => t.calledAt !== null && t.window !== null)
  const zoneActivity = zones.map((z): ZoneActivity => {
    const mine = tickets.filter((t) => t.zone === z.zone)
    const queue = callingOrder(mine.filter((t) => t.status === 'waiting'))
    const served = mine
      .filter((t) => t.status === 'done' && t.calledAt && t.finishedAt)
      .sort((a, b) => a.finishedAt!.getTime() - b.finishedAt!.getTime())
      .map((t) => minutes(t.calledAt!, t.finishedAt!))
    const perVisitor = minutesPerVisitor(served, z.typicalServiceMinutes)
    const oldest = queue.reduce<Date | null>((o, t) => (o && o <= t.queuedAt ? o : t.queuedAt), null)
    const windows = openWindows(lastCalls(mine), oldest, now)
    const waits = queueWaits(queue.map((t) => t.lane), windows, perVisitor, overtakeRates(mine, now), minutesUntilClosing(z, now))
    return {
      zone: z.zone,
      waiting: queue.length,
      queue: queue.map((t) => t.number),
      waits: waits.slice(0, -1),
      minutesPerVisitor: Math.round(perVisitor * 10) / 10,
      openWindows: windows.length,
      waitMinutes: waits.at(-1)!,
      serving: mine.filter((t) => t.status === 'called').sort((a, b) => a.window! - b.window!).map(callOf),
    }
  })
  const calls = called.sort((a, b) => b.calledAt!.getTime() - a.calledAt!.getTime()).slice(0, latestCalls).map(callOf)
  return { version, at: now.toISOString(), zones: zoneActivity, calls }
}

/** Where a ticket stands in its zone: people ahead and the expected wait, or null once it is no longer waiting. */
export function placeOf(activity: HallActivity, zone: string, number: string): { ahead: number; waitMinutes: number } | null {
  const z = activity.zones.find((a) => a.zone === zone)
  const index = z ? z.queue.indexOf(number) : -1
  if (!z || index < 0) return null
  return { ahead: index, waitMinutes: z.waits[index] ?? 0 }
}

/** Minutes until the zone gives its last ticket of the day (the end of its last opening period, Beijing time). */
function minutesUntilClosing(zone: ZoneServiceTimes, now: Date): number {
  const beijing = new Date(now.getTime() + 8 * 3_600_000)
  return minutesOf(zone.hours.at(-1)!.to) - (beijing.getUTCHours() * 60 + beijing.getUTCMinutes() + beijing.getUTCSeconds() / 60)
}

/** Each window's latest call in a zone, with when that visitor finished (null while at the window). */
function lastCalls(tickets: readonly HallTicket[]): WindowCall[] {
  return tickets
    .filter((t) => t.calledAt !== null && t.window !== null)
    .map((t) => ({ window: t.window!, calledAt: t.calledAt!, finishedAt: t.status === 'called' ? null : (t.finishedAt ?? t.calledAt!) }))
}
