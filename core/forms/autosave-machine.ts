import { assign, enqueueActions, fromPromise, setup } from 'xstate'
import type { SavedDraft } from '../api/drafts.ts'
import type { FormData } from './form-data.ts'

/** What is stored now, when a save lost against one from another tab or device. */
export type NewerDraft = { revision: number; data: FormData; position: string | null; updatedAt: string }

/** What the server answered a save. */
export type SaveResult = ({ kind: 'saved' } & SavedDraft) | { kind: 'conflict'; newer: NewerDraft }

/** A save that did not reach the store: `retryable` for the network, 429 and 5xx; `code` is the server's. */
export type SaveFailure = { kind: 'failed'; retryable: boolean; code: string }

/**
 * idle: nothing to save yet · pending: a change waits for the pause · saving: a request is out ·
 * saved: everything typed is stored · retrying: the network or server failed, the changes wait in
 * memory · conflict: another tab or device saved first · failed: the server refused for good (the
 * draft expired or is gone); the changes are still on screen.
 */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'retrying' | 'conflict' | 'failed'

export type AutosaveEvent =
  /** Something typed changed; the save waits for a pause. */
  | { type: 'CHANGED' }
  /** Save now (leaving a field, changing section). */
  | { type: 'FLUSH' }
  /** The pause after the last change, or the wait before a retry, is over. */
  | { type: 'WAITED' }
  /** The citizen chose the other version: it is what the server holds, so nothing is unsaved. */
  | { type: 'ACCEPT'; newer: NewerDraft }
  /** The citizen keeps their own version: save it over the newer revision they have now seen. */
  | { type: 'OVERRULE' }
  /** The server refused a submit as stale: show what it holds and let the citizen choose. */
  | { type: 'CONFLICT'; newer: NewerDraft }
  /** The page closed: no more timers. */
  | { type: 'STOP' }

export type AutosaveInput = {
  revision: number
  savedAt?: string | null
  expiresAt?: string | null
  /** Pause after the last change before saving (default 1 s). */
  delayMs?: number
  /** Waits between retries after a failure; the last one repeats. */
  retryDelaysMs?: readonly number[]
}

export type AutosaveContext = {
  revision: number
  /** When the server last stored this draft (ISO). */
  savedAt: string | null
  expiresAt: string | null
  /** What another tab or device stored, while in `conflict`. */
  newer: NewerDraft | null
  /** The server's error code while `failed`. */
  failure: string | null
  /** Changes counted so far, those the server holds, and those the request out carries. */
  edits: number
  savedEdits: number
  sendingEdits: number
  retries: number
  /** A pause or retry wait is running (its WAITED is on its way). */
  waiting: boolean
  delayMs: number
  retryDelaysMs: readonly number[]
}

/** True while something typed is not yet stored on the server. */
export const unsavedIn = (context: AutosaveContext): boolean => context.edits !== context.savedEdits

/** One wait at a time: a new pause or retry wait replaces the one running. */
function wait(enqueue: { cancel(id: string): void; raise(event: AutosaveEvent, options: { id: string; delay: number }): void; assign(values: Partial<AutosaveContext>): void }, ms: number): void {
  enqueue.cancel('wait')
  enqueue.raise({ type: 'WAITED' }, { id: 'wait', delay: ms })
  enqueue.assign({ waiting: true })
}

type Done = { type: 'xstate.done.actor.save'; output: SaveResult | SaveFailure }
const outputOf = (event: unknown) => (event as Done).output

/**
 * The draft autosaver as an XState 5 machine: its states are `SaveState`. One request is out at a
 * time (the invoked `save` actor, which the page provides: it sends the latest data over `revision`
 * and answers a `SaveResult`, or a `SaveFailure` instead of throwing); changes made meanwhile go in
 * the next one, so the latest data always wins. Failures never drop anything: the data stays on screen
 * and the save is retried after a growing wait. The waits are delayed `WAITED` events, so a pure
 * `transition()` shows them as actions and a test sends `WAITED` itself.
 *
 * @example
 * const saver = createActor(autosaveMachine.provide({ actors: { save: fromPromise(({ input }) => send(input.revision)) } }), { input: { revision: 1 } }).start()
 * saver.send({ type: 'CHANGED' })
 */
export const autosaveMachine = setup({
  types: {} as { context: AutosaveContext; events: AutosaveEvent; input: AutosaveInput },
  actors: {
    /** Placeholder: the page provides the real request. */
    save: fromPromise<SaveResult | SaveFailure, { revision: number }>(async () => ({ kind: 'failed', retryable: true, code: 'not_provided' })),
  },
  guards: {
    conflicted: ({ event }) => outputOf(event).kind === 'conflict',
    refused: ({ event }) => {
      const out = outputOf(event)
      return out.kind === 'failed' && !out.retryable
    },
    failed: ({ event }) => outputOf(event).kind === 'failed',
    /** Saved, but changes came meanwhile and their pause is already over (or was cut short). */
    moreNow: ({ context }) => context.edits !== context.sendingEdits && !context.waiting,
    moreLater: ({ context }) => context.edits !== context.sendingEdits,
  },
  actions: {
    count: assign({ edits: ({ context }) => context.edits + 1 }),
    pause: enqueueActions(({ context, enqueue }) => wait(enqueue, context.delayMs)),
    stopWaiting: enqueueActions(({ enqueue }) => {
      enqueue.cancel('wait')
      enqueue.assign({ waiting: false })
    }),
    waited: assign({ waiting: false }),
    resetRetries: assign({ retries: 0 }),
    send: assign({ sendingEdits: ({ context }) => context.edits }),
    stored: assign(({ context, event }) => {
      const out = outputOf(event) as Extract<SaveResult, { kind: 'saved' }>
      return { revision: out.revision, savedAt: out.updatedAt, expiresAt: out.expiresAt, savedEdits: context.sendingEdits, retries: 0 }
    }),
    takeNewer: assign({ newer: ({ event }) => (outputOf(event) as Extract<SaveResult, { kind: 'conflict' }>).newer }),
    refuse: assign({ failure: ({ event }) => (outputOf(event) as SaveFailure).code }),
    retryLater: enqueueActions(({ context, enqueue }) => {
      wait(enqueue, context.retryDelaysMs[Math.min(context.retries, context.retryDelaysMs.length - 1)] ?? 30_000)
      enqueue.assign({ retries: context.retries + 1 })
    }),
    accept: assign(({ context, event }) => {
      const { newer } = event as Extract<AutosaveEvent, { type: 'ACCEPT' }>
      return { revision: newer.revision, savedAt: newer.updatedAt, newer: null, savedEdits: context.edits }
    }),
    overrule: assign(({ context }) => ({ revision: context.newer?.revision ?? context.revision, newer: null, edits: context.edits + 1 })),
    conflict: assign({ newer: ({ event }) => (event as Extract<AutosaveEvent, { type: 'CONFLICT' }>).newer }),
  },
}).createMachine({
  id: 'autosave',
  initial: 'idle',
  context: ({ input }) => ({
    revision: input.revision,
    savedAt: input.savedAt ?? null,
    expiresAt: input.expiresAt ?? null,
    newer: null,
    failure: null,
    edits: 0,
    savedEdits: 0,
    sendingEdits: 0,
    retries: 0,
    waiting: false,
    delayMs: input.delayMs ?? 1000,
    retryDelaysMs: input.retryDelaysMs ?? [1000, 2000, 5000, 10_000, 30_000],
  }),
  on: {
    CHANGED: { actions: 'count' },
    FLUSH: { actions: 'stopWaiting' },
    WAITED: { actions: 'waited' },
    STOP: { actions: 'stopWaiting' },
    ACCEPT: { target: '.saved', actions: 'accept' },
    OVERRULE: { target: '.saving', actions: ['overrule', 'stopWaiting'] },
    CONFLICT: { target: '.conflict', actions: ['stopWaiting', 'conflict'] },
  },
  states: {
    idle: { on: { CHANGED: { target: 'pending', actions: ['count', 'pause'] } } },
    saved: { on: { CHANGED: { target: 'pending', actions: ['count', 'pause'] } } },
    pending: {
      on: {
        CHANGED: { actions: ['count', 'pause'] },
        FLUSH: { target: 'saving', actions: 'stopWaiting' },
        WAITED: { target: 'saving', actions: 'waited' },
      },
    },
    saving: {
      entry: 'send',
      invoke: {
        id: 'save',
        src: 'save',
        input: ({ context }) => ({ revision: context.revision }),
        onDone: [
          { guard: 'conflicted', target: 'conflict', actions: 'takeNewer' },
          { guard: 'refused', target: 'failed', actions: 'refuse' },
          { guard: 'failed', target: 'retrying', actions: 'retryLater' },
          { guard: 'moreNow', target: 'saving', reenter: true, actions: 'stored' },
          { guard: 'moreLater', target: 'pending', actions: 'stored' },
          { target: 'saved', actions: 'stored' },
        ],
        // The page's save answers failures as values; anything thrown is unexpected and retried.
        onError: { target: 'retrying', actions: 'retryLater' },
      },
      on: { CHANGED: { actions: ['count', 'pause'] } },
    },
    retrying: {
      on: {
        FLUSH: { target: 'saving', actions: ['stopWaiting', 'resetRetries'] },
        WAITED: { target: 'saving', actions: 'waited' },
      },
    },
    conflict: {},
    failed: {},
  },
})
