import type { HallLayout } from '../content/hall-layout.ts'

/** What the live hall reports (issue 18 feeds it): per window, open or not and people waiting; per zone, the number called. */
export type QueueReport = {
  windows?: { number: number; open?: boolean; waiting?: number }[]
  zones?: { zone: string; calling?: string }[]
}

/** The hall's queue as the view draws it: every window and zone of the layout, with safe defaults. */
export type HallQueue = {
  windows: Map<number, { open: boolean; waiting: number }>
  zones: Map<string, { calling: string }>
}

/** Shown on a call screen before the live hall says which number is being served. */
export const notCalling = '—'

/**
 * The queue for the layout from a report, or the still hall (every window open, nobody waiting,
 * screens showing "—") when there is none. Entries for windows or zones not in the layout are
 * dropped; waiting counts are whole and never negative.
 */
export function hallQueue(layout: { windows: Pick<HallLayout['windows'][number], 'number'>[]; zones: Pick<HallLayout['zones'][number], 'id'>[] }, report: QueueReport = {}): HallQueue {
  const byWindow = new Map((report.windows ?? []).map((w) => [w.number, w]))
  const byZone = new Map((report.zones ?? []).map((z) => [z.zone, z]))
  return {
    windows: new Map(
      layout.windows.map((w) => {
        const r = byWindow.get(w.number)
        return [w.number, { open: r?.open ?? true, waiting: Math.max(0, Math.floor(r?.waiting ?? 0)) }]
      }),
    ),
    zones: new Map(layout.zones.map((z) => [z.id, { calling: byZone.get(z.id)?.calling?.trim() || notCalling }])),
  }
}

/** Whether two queues would draw the same picture (the view redraws its still layer only when not). */
export function sameQueue(a: HallQueue, b: HallQueue): boolean {
  for (const [n, w] of a.windows) {
    const o = b.windows.get(n)
    if (!o || o.open !== w.open || Math.min(5, o.waiting) !== Math.min(5, w.waiting)) return false
  }
  for (const [id, z] of a.zones) if (b.zones.get(id)?.calling !== z.calling) return false
  return a.windows.size === b.windows.size && a.zones.size === b.zones.size
}
