import type { HallWindow } from '../content/hall-layout.ts'
import type { QueueReport } from '../hall/hall-queue.ts'
import type { HallActivity } from './hall-activity.ts'

/**
 * What the animated hall draws of the real one (HallController.setQueue): each zone's waiting
 * visitors shared out over its open windows' queues, and the number its screen shows. A window is open
 * while it serves someone; a zone where nobody is being served yet shows all its windows open.
 *
 * @example controller.setQueue(queueReportOf(activity, layout))
 */
export function queueReportOf(activity: HallActivity, layout: { windows: Pick<HallWindow, 'number' | 'zone'>[] }): QueueReport {
  const windows: NonNullable<QueueReport['windows']> = []
  const zones: NonNullable<QueueReport['zones']> = []
  for (const zone of activity.zones) {
    const all = layout.windows.filter((w) => w.zone === zone.zone).map((w) => w.number)
    const serving = new Set(zone.serving.map((s) => s.window))
    const open = serving.size > 0 ? all.filter((n) => serving.has(n)) : all
    open.forEach((n, i) => windows.push({ number: n, open: true, waiting: Math.floor(zone.waiting / open.length) + (i < zone.waiting % open.length ? 1 : 0) }))
    all.filter((n) => !open.includes(n)).forEach((n) => windows.push({ number: n, open: false, waiting: 0 }))
    const latest = [...zone.serving].sort((a, b) => (a.at < b.at ? 1 : -1))[0]
    if (latest) zones.push({ zone: zone.zone, calling: latest.number })
  }
  return { windows, zones }
}
