import { assign, fromPromise, setup } from 'xstate'

/** The start screen ("attract"), a visit in progress ("active"), and the warning before everything is cleared ("warning"). */
export type KioskPhase = 'attract' | 'active' | 'warning'

export type KioskSettings = { idleMs: number; warningMs: number; reloadMs: number }

/** Why the visit is cleared: nobody touched the screen through the warning, or the visitor pressed 结束. */
export type ResetReason = 'idle' | 'finish'

export type KioskEvent =
  /** The clock, once a second, with the time (ms). */
  | { type: 'TICK'; now: number }
  /** The visitor touched the start screen: the visit begins. */
  | { type: 'BEGIN'; now: number }
  /** Any touch or key while a visit is on, including "Continue" on the warning. */
  | { type: 'ACTIVITY'; now: number }
  /** "结束 / Finish": the same reset as the idle one, at once. */
  | { type: 'FINISH' }

export type KioskContext = {
  settings: KioskSettings
  /** When the visitor last touched the screen (ms). */
  lastActivity: number
  /** When the warning began (ms), while it shows. */
  warningSince: number | null
  /** When the page loaded (ms): the quiet reload counts from here. */
  loadedAt: number
  /** Whole seconds left on the warning's countdown (shown to the visitor). */
  secondsLeft: number
  reason: ResetReason
}

const fullCountdown = (settings: KioskSettings) => Math.ceil(settings.warningMs / 1000)
const nowOf = (event: KioskEvent) => ('now' in event ? event.now : 0)

/**
 * The kiosk's clock as an XState 5 machine. The page feeds it the time (TICK once a second, BEGIN and
 * ACTIVITY on touches); it warns after `idleMs` without a touch, clears the visit after `warningMs`
 * of warning, and reloads the page quietly after `reloadMs`, only ever on the start screen. The side
 * effects are the page's: `releaseVisit` (what the visit holds), `reload`, and the `reset` actor that
 * clears the visit (server links, caches, storage, screen); the start screen returns once it is done.
 *
 * @example
 * const kiosk = createActor(kioskMachine.provide({ actions: { reload, releaseVisit }, actors: { reset } }), { input: { settings, now: Date.now() } }).start()
 * setInterval(() => kiosk.send({ type: 'TICK', now: Date.now() }), 1000)
 */
export const kioskMachine = setup({
  types: {} as { context: KioskContext; events: KioskEvent; input: { settings: KioskSettings; now: number } },
  actors: {
    /** Placeholder: the page clears the visit. */
    reset: fromPromise<void, ResetReason>(async () => {}),
  },
  actions: {
    /** Placeholder: the page releases what the visit registered (tweens, listeners). */
    releaseVisit: () => {},
    /** Placeholder: the page reloads itself. */
    reload: () => {},
    touched: assign(({ context, event }) => ({ lastActivity: nowOf(event), warningSince: null, secondsLeft: fullCountdown(context.settings) })),
    warn: assign(({ event }) => ({ warningSince: nowOf(event) })),
    countDown: assign({
      secondsLeft: ({ context, event }) => Math.max(0, Math.ceil(((context.warningSince ?? nowOf(event)) + context.settings.warningMs - nowOf(event)) / 1000)),
    }),
    because: assign((_, reason: ResetReason) => ({ reason })),
    cleared: assign(({ context }) => ({ warningSince: null, secondsLeft: fullCountdown(context.settings) })),
  },
  guards: {
    reloadDue: ({ context, event }) => context.settings.reloadMs > 0 && nowOf(event) - context.loadedAt >= context.settings.reloadMs,
    idleOver: ({ context, event }) => nowOf(event) - context.lastActivity >= context.settings.idleMs,
    warningOver: ({ context, event }) => nowOf(event) - (context.warningSince ?? nowOf(event)) >= context.settings.warningMs,
  },
}).createMachine({
  id: 'kiosk',
  initial: 'attract',
  context: ({ input }) => ({
    settings: input.settings,
    lastActivity: input.now,
    warningSince: null,
    loadedAt: input.now,
    secondsLeft: fullCountdown(input.settings),
    reason: 'finish',
  }),
  on: {
    BEGIN: { target: '.active', actions: 'touched' },
    FINISH: { target: '.resetting', actions: { type: 'because', params: 'finish' } },
  },
  states: {
    attract: {
      on: { TICK: { guard: 'reloadDue', actions: 'reload' } },
    },
    active: {
      on: {
        ACTIVITY: { target: 'active', actions: 'touched' },
        TICK: { guard: 'idleOver', target: 'warning', actions: ['warn', 'countDown'] },
      },
    },
    warning: {
      on: {
        ACTIVITY: { target: 'active', actions: 'touched' },
        TICK: [{ guard: 'warningOver', target: 'resetting', actions: { type: 'because', params: 'idle' } }, { actions: 'countDown' }],
      },
    },
    resetting: {
      entry: 'releaseVisit',
      invoke: {
        id: 'reset',
        src: 'reset',
        input: ({ context }) => context.reason,
        onDone: { target: 'attract', actions: 'cleared' },
        onError: { target: 'attract', actions: 'cleared' },
      },
      on: { BEGIN: {}, FINISH: {} },
    },
  },
})
