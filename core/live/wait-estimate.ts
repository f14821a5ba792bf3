/** How many of the latest service times of a zone the estimate looks at. */
export const recentServices = 10
/** Fewer measured services than this, and the content's typical service time is used. */
export const minimumSamples = 3
/** A window counts as open when it called someone within this many minutes. */
export const openWindowMinutes = 30

/**
 * Minutes one visitor takes at a window in this zone now: the median of the latest measured service
 * times (called to finished), or the zone's typical time while the day has too few.
 */
export function minutesPerVisitor(recentMinutes: readonly number[], typicalMinutes: number): number {
  const latest = recentMinutes.slice(-recentServices)
  if (latest.length < minimumSamples) return typicalMinutes
  const sorted = [...latest].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Minutes until a visitor with `ahead` people before them is called, when `openWindows` windows each
 * serve one visitor per `perVisitor` minutes. Rounded up to whole minutes; 0 when nobody is ahead.
 *
 * @example estimateWaitMinutes(3, 4, 1) // 12  (前面还有 3 人, 约 12 分钟)
 */
export function estimateWaitMinutes(ahead: number, perVisitor: number, openWindows: number): number {
  if (ahead <= 0) return 0
  return Math.ceil((ahead * perVisitor) / Math.max(1, openWindows))
}

/** Windows of a zone that called someone recently (at least 1: someone will be there). */
export function openWindowCount(lastCalls: readonly { window: number; at: Date }[], now: Date): number {
  const since = now.getTime() - openWindowMinutes * 60_000
  return Math.max(1, new Set(lastCalls.filter((c) => c.at.getTime() >= since).map((c) => c.window)).size)
}
