import type { HallCall } from '../../core/live/hall-activity.ts'

/** The words the hall speaks for a call: 请 A015 号到 7 号窗口办理. */
export function callWords(call: Pick<HallCall, 'number' | 'window'>): { zh: string; en: string } {
  return { zh: `请 ${call.number} 号到 ${call.window} 号窗口办理`, en: `Number ${call.number}, please go to window ${call.window}` }
}

/** Calls not yet announced, oldest first; `heard` keeps the keys already spoken (bounded by the caller). */
export function unannounced(calls: readonly HallCall[], heard: ReadonlySet<string>): HallCall[] {
  return calls.filter((c) => !heard.has(c.key)).reverse()
}
