import { and, assign, fromCallback, fromPromise, not, setup, stateIn, type AnyEventObject } from 'xstate'
import type { Text } from '../content/text.ts'
import type { Place } from '../scenes/script.ts'

/** One zone of the tour: where the guide walks, and what they say there. */
export type TourStopOf = { zone: string; cue: string; say: Text }

/** What a visit asks the hall to show: a scene's place and line, or the route through its windows. */
export type VisitShow = { kind: 'scene'; place: Place; say: Text; cue: string } | { kind: 'route'; windows: number[] }

/** What the start screen's hall is doing, for the page and for tests (`data-tour`). */
export type TourState = 'waiting' | 'loading' | 'resting' | 'touring' | 'paused' | 'still' | 'hidden' | 'visit' | 'unavailable'

/** Time at each zone: a walk of at most 3 s, then time to read the bubble. */
export const dwellMs = 6500
/**
 * When the start screen shows a hidden hall, it waits this long before the hall appears and the guide
 * walks on: a visitor touching at once never waits for a software renderer to read the canvas back or
 * draw a frame. A hall already on screen (beside a visit's questions) tours on at once.
 */
export const restMs = 1000

export type TourEvent =
  /** The start screen is on: the tour plays (moving on to the next zone) unless motion is reduced. */
  | { type: 'SHOW' }
  /** A visit began: the hall holds still, draws nothing and is hidden until SHOW. */
  | { type: 'HIDE' }
  /** A visit began: the hall shows beside the questions and follows the visit, not the tour. */
  | { type: 'VISIT' }
  /** The visit's scene or route. */
  | { type: 'VISIT_SHOW'; show: VisitShow }
  | { type: 'TOGGLE_PAUSE' }
  /** The system's reduced-motion setting changed. */
  | { type: 'REDUCED'; reduced: boolean }
  /** The start screen has been left alone a moment: time to load the hall. */
  | { type: 'QUIET' }
  /** The hall lost its renderer. */
  | { type: 'HALL_LOST' }

export type TourContext = {
  stops: TourStopOf[]
  overview: Text | undefined
  /** The stop the guide is at or walking to; -1 before the first. */
  index: number
  /** How many times the guide has set off to a stop: the page walks the hall when it grows. */
  steps: number
  paused: boolean
  reduced: boolean
  /** The next time the tour moves, it moves on to the next zone at once (after a hide or a visit). */
  advance: boolean
  /** The hall is mounted (it may draw before it is known to be ready). */
  mounted: boolean
  failed: boolean
  /** The visit's latest scene or route, and its number: the page plays each number once, once the hall is there. */
  visitShow: VisitShow | undefined
  shows: number
}

export type TourInput = { reduced: boolean }
export type LoadedTour = { stops: TourStopOf[]; overview: Text | undefined }

const visiting = stateIn('#tour.screen.visit')
const hidden = stateIn('#tour.screen.hidden')

/**
 * The kiosk start screen's tour of the hall as an XState 5 machine, in two parallel regions:
 * `load` (waiting for the start screen to be left alone, loading and mounting the hall, ready, or
 * unavailable without WebGL) and `screen` (hidden, resting after a visit, awake — moving zone to zone
 * or held by a pause, reduced motion or a hall not there yet — or beside a visit). The page provides
 * `quiet` (calls back QUIET once the start screen was left alone; its cleanup cancels), `loadHall`
 * (loads the content and mounts the hall, answering the stops) and `hallReady`; it draws the hall
 * from the snapshot (client/kiosk/attract-tour.svelte.ts). The dwell and the rest are `after` delays.
 */
export const attractTourMachine = setup({
  types: {} as { context: TourContext; events: TourEvent; input: TourInput },
  actors: {
    quiet: fromCallback<AnyEventObject>(() => () => {}),
    loadHall: fromPromise<LoadedTour>(async () => ({ stops: [], overview: undefined })),
    hallReady: fromPromise<boolean>(async () => false),
  },
  delays: { dwell: dwellMs, rest: restMs },
  guards: {
    visiting,
    shownOnStart: and([not(hidden), not(visiting)]),
    hidden,
    canMove: ({ context }) => context.mounted && !context.failed && !context.paused && !context.reduced && context.stops.length > 0,
    ready: ({ event }) => (event as { output?: boolean }).output === true,
  },
  actions: {
    loaded: assign(({ event }) => {
      const { stops, overview } = (event as unknown as { output: LoadedTour }).output
      return { stops, overview, mounted: true }
    }),
    fail: assign({ failed: true }),
    /** Sets off for the next zone, unless the tour is carrying on from where it paused. */
    stepIfDue: assign(({ context }) => (context.advance || context.index < 0 ? { index: (context.index + 1) % context.stops.length, steps: context.steps + 1, advance: false } : {})),
    moveOnNext: assign({ advance: true }),
    togglePause: assign({ paused: ({ context }) => !context.paused }),
    reduce: assign({ reduced: ({ event }) => (event as Extract<TourEvent, { type: 'REDUCED' }>).reduced }),
    onStart: assign({ paused: false, visitShow: undefined }),
    forgetVisitShow: assign({ visitShow: undefined }),
    visitShow: assign(({ context, event }) => ({ visitShow: (event as Extract<TourEvent, { type: 'VISIT_SHOW' }>).show, shows: context.shows + 1 })),
  },
}).createMachine({
  id: 'tour',
  type: 'parallel',
  context: ({ input }) => ({
    stops: [],
    overview: undefined,
    index: -1,
    steps: 0,
    paused: false,
    reduced: input.reduced,
    advance: true,
    mounted: false,
    failed: false,
    visitShow: undefined,
    shows: 0,
  }),
  on: {
    TOGGLE_PAUSE: { actions: 'togglePause' },
    REDUCED: { actions: 'reduce' },
  },
  states: {
    load: {
      initial: 'waiting',
      states: {
        waiting: {
          initial: 'idle',
          always: { guard: 'visiting', target: 'loading' },
          states: {
            idle: { always: { guard: 'shownOnStart', target: 'asked' } },
            asked: {
              invoke: { id: 'quiet', src: 'quiet' },
              always: { guard: 'hidden', target: 'idle' },
              on: { QUIET: '#tour.load.loading' },
            },
          },
        },
        loading: {
          initial: 'mounting',
          states: {
            mounting: {
              invoke: { id: 'loadHall', src: 'loadHall', onDone: { target: 'mounted', actions: 'loaded' }, onError: '#tour.load.unavailable' },
            },
            mounted: {
              invoke: { id: 'hallReady', src: 'hallReady', onDone: [{ guard: 'ready', target: '#tour.load.ready' }, { target: '#tour.load.unavailable' }], onError: '#tour.load.unavailable' },
            },
          },
          on: { HALL_LOST: 'unavailable' },
        },
        ready: { on: { HALL_LOST: 'unavailable' } },
        unavailable: { type: 'final', entry: 'fail' },
      },
    },
    screen: {
      initial: 'hidden',
      on: { VISIT: { target: '.visit', actions: 'forgetVisitShow' } },
      states: {
        hidden: { on: { SHOW: { target: 'resting', actions: 'onStart' } } },
        resting: {
          after: { rest: 'awake' },
          on: {
            SHOW: { target: 'resting', reenter: true, actions: 'onStart' },
            HIDE: { target: 'hidden', actions: 'moveOnNext' },
          },
        },
        awake: {
          initial: 'held',
          on: {
            HIDE: { target: 'hidden', actions: 'moveOnNext' },
            // Already awake (back from a visit, or shown twice): the tour goes on without a rest.
            SHOW: { actions: 'onStart' },
          },
          states: {
            held: { always: { guard: 'canMove', target: 'moving' } },
            moving: {
              entry: 'stepIfDue',
              always: { guard: not('canMove'), target: 'held' },
              after: { dwell: { target: 'moving', reenter: true, actions: 'moveOnNext' } },
            },
          },
        },
        visit: {
          entry: 'moveOnNext',
          on: { VISIT_SHOW: { actions: 'visitShow' }, SHOW: { target: 'awake', actions: 'onStart' } },
        },
      },
    },
  },
})

/** The machine's answer to "what is the hall doing", from its snapshot's regions and flags. */
export function tourStateOf(value: { load: unknown; screen: unknown }, context: Pick<TourContext, 'paused' | 'reduced'>): TourState {
  const load = typeof value.load === 'string' ? value.load : Object.keys(value.load as object)[0]
  if (load === 'waiting' || load === 'loading' || load === 'unavailable') return load
  const screen = typeof value.screen === 'string' ? value.screen : Object.keys(value.screen as object)[0]
  if (screen === 'hidden' || screen === 'visit' || screen === 'resting') return screen
  if (context.reduced) return 'still'
  return context.paused ? 'paused' : 'touring'
}
