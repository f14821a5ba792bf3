/**
 * The lane a ticket waits in. 绿色通道 (priority: elderly and disabled visitors) is called first,
 * then visitors who booked this slot, then walk-ins; within a lane, first come first served.
 */
export type Lane = 'priority' | 'booked' | 'walk-in'

export const lanes: readonly Lane[] = ['priority', 'booked', 'walk-in']

/** The lane's place in the calling order: 0 is called first. Stores keep it so they can order by it. */
export function laneRank(lane: Lane): number {
  return lanes.indexOf(lane)
}

/** What ordering needs of a waiting ticket. `queuedAt` is the (last) check-in time: a missed ticket that checks in again queues anew. */
export type Queued = { lane: Lane; queuedAt: Date; seq: number }

/** Calling order: lane, then check-in time, then ticket sequence. */
export function compareQueued(a: Queued, b: Queued): number {
  return laneRank(a.lane) - laneRank(b.lane) || a.queuedAt.getTime() - b.queuedAt.getTime() || a.seq - b.seq
}

/** The waiting tickets in the order they will be called. */
export function callingOrder<T extends Queued>(waiting: readonly T[]): T[] {
  return [...waiting].sort(compareQueued)
}

/** The printed and called ticket number: the zone's letter and the day's sequence, A001, B014. */
export function ticketNumber(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(3, '0')}`
}
