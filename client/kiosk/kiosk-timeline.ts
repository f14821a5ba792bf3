/**
 * The kiosk's clock, as pure data: the start screen ("attract"), a visit in progress ("active"), and
 * the warning before everything is cleared ("warning"). The controller feeds it the time; it answers
 * what to do. No timers here, so tests move time by hand.
 */
export type KioskPhase = 'attract' | 'active' | 'warning'

export type KioskTimeline = {
  phase: KioskPhase
  /** When the visitor last touched the screen (ms). */
  lastActivity: number
  /** When the warning began (ms), while it shows. */
  warningSince: number | null
  /** When the page loaded (ms): the quiet reload counts from here. */
  loadedAt: number
}

export type TimelineSettings = { idleMs: number; warningMs: number; reloadMs: number }

/** What the controller must do after a tick. */
export type TimelineEffect = 'none' | 'reset' | 'reload'

export function startTimeline(now: number): KioskTimeline {
  return { phase: 'attract', lastActivity: now, warningSince: null, loadedAt: now }
}

/** A touch, a key or "Continue": the visit goes on (or begins), the idle count starts again. */
export function onActivity(state: KioskTimeline, now: number): KioskTimeline {
  return { ...state, phase: 'active', lastActivity: now, warningSince: null }
}

/** Back at the start screen after a reset; the load time is kept for the scheduled reload. */
export function onReset(state: KioskTimeline, now: number): KioskTimeline {
  return { ...state, phase: 'attract', lastActivity: now, warningSince: null }
}

/** Moves the clock to `now`. A reload happens only on the start screen, never in someone's visit. */
export function onTick(state: KioskTimeline, now: number, s: TimelineSettings): { state: KioskTimeline; effect: TimelineEffect } {
  if (state.phase === 'attract') {
    return { state, effect: s.reloadMs > 0 && now - state.loadedAt >= s.reloadMs ? 'reload' : 'none' }
  }
  if (state.phase === 'active') {
    if (now - state.lastActivity < s.idleMs) return { state, effect: 'none' }
    return { state: { ...state, phase: 'warning', warningSince: now }, effect: 'none' }
  }
  if (now - (state.warningSince ?? now) >= s.warningMs) return { state: onReset(state, now), effect: 'reset' }
  return { state, effect: 'none' }
}

/** Whole seconds left on the warning's countdown (shown to the visitor). */
export function secondsLeft(state: KioskTimeline, now: number, s: TimelineSettings): number {
  if (state.phase !== 'warning' || state.warningSince === null) return Math.ceil(s.warningMs / 1000)
  return Math.max(0, Math.ceil((state.warningSince + s.warningMs - now) / 1000))
}
