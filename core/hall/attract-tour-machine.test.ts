import { initialTransition, transition } from 'xstate'
import { describe, expect, it } from 'vitest'
import { attractTourMachine, dwellMs, restMs, tourStateOf, type TourEvent } from './attract-tour-machine.ts'

const say = { zh: '这里', en: 'Here' }
const stops = ['guide', 'business-startup', 'waiting'].map((zone) => ({ zone, cue: 'walk', say }))
type Snapshot = ReturnType<typeof initialTransition<typeof attractTourMachine>>[0]
type Action = { type: string; params?: { src?: string; id?: string; delay?: number; event?: { type: string } } }

/**
 * Drives the pure machine. `wait` fires the delayed event (rest or dwell) the last transitions
 * scheduled, as the clock would; `loaded`/`ready` answer the page's actors. Returns what the page
 * was asked to start, the tour's state, and the zones the guide set off for.
 */
function run(steps: (TourEvent | 'wait' | 'loaded' | { ready: boolean })[], reduced = false) {
  let [snapshot, actions] = initialTransition(attractTourMachine, { reduced }) as [Snapshot, Action[]]
  const started: string[] = []
  const stopped: string[] = []
  const walked: string[] = []
  let delayed: Action[] = []
  const note = (list: Action[]) => {
    for (const a of list) {
      if (a.type === 'xstate.spawnChild') started.push(a.params!.src!)
      if (a.type === 'xstate.stopChild') stopped.push(String(a.params?.id ?? ''))
      if (a.type === 'xstate.raise' && a.params?.delay !== undefined) delayed.push(a)
      if (a.type === 'xstate.cancel') delayed = delayed.filter((d) => d.params?.id !== (a.params as { sendId?: string }).sendId)
    }
    if (snapshot.context.steps > walked.length) walked.push(snapshot.context.stops[snapshot.context.index]!.zone)
  }
  note(actions)
  for (const step of steps) {
    let event: unknown = step
    if (step === 'wait') {
      const next = delayed.shift()
      if (!next) throw new Error('nothing is waiting')
      event = next.params!.event
    } else if (step === 'loaded') event = { type: 'xstate.done.actor.loadHall', output: { stops, overview: say } }
    else if (typeof step === 'object' && 'ready' in step) event = { type: 'xstate.done.actor.hallReady', output: step.ready }
    ;[snapshot, actions] = transition(attractTourMachine, snapshot, event as TourEvent) as [Snapshot, Action[]]
    note(actions)
  }
  return { snapshot, started, stopped, walked, delays: delayed.map((d) => d.params!.delay), state: tourStateOf(snapshot.value, snapshot.context) }
}

const toured = ['SHOW', 'QUIET', 'loaded', { ready: true }, 'wait'].map((s) => (typeof s === 'string' && s === s.toUpperCase() ? { type: s } : s)) as Parameters<typeof run>[0]

describe('the attract tour machine', () => {
  it('asks to be told when the start screen is left alone, and forgets it when a visit comes first', () => {
    expect(run([{ type: 'SHOW' }])).toMatchObject({ state: 'waiting', started: ['quiet'] })
    const hidden = run([{ type: 'SHOW' }, { type: 'HIDE' }])
    expect(hidden.state).toBe('waiting')
    expect(hidden.stopped).toEqual(['quiet'])
  })

  it('loads and mounts the hall once left alone, rests a moment, then walks zone to zone, one dwell each', () => {
    const loading = run(toured.slice(0, 3))
    expect(loading).toMatchObject({ state: 'loading', started: ['quiet', 'loadHall', 'hallReady'] })
    const touring = run(toured)
    expect(touring).toMatchObject({ state: 'touring', walked: ['guide'], delays: [dwellMs] })
    expect(run([...toured, 'wait', 'wait', 'wait']).walked).toEqual(['guide', 'business-startup', 'waiting', 'guide'])
  })

  it('rests before the hall shows on the start screen', () => {
    expect(run(toured.slice(0, 4))).toMatchObject({ state: 'resting', walked: [], delays: [restMs] })
  })

  it('holds the zone while paused, and carries on from it after a whole dwell', () => {
    const paused = run([...toured, { type: 'TOGGLE_PAUSE' }])
    expect(paused).toMatchObject({ state: 'paused', delays: [] })
    const resumed = run([...toured, { type: 'TOGGLE_PAUSE' }, { type: 'TOGGLE_PAUSE' }])
    expect(resumed).toMatchObject({ state: 'touring', walked: ['guide'], delays: [dwellMs] })
    expect(run([...toured, { type: 'TOGGLE_PAUSE' }, { type: 'TOGGLE_PAUSE' }, 'wait']).walked).toEqual(['guide', 'business-startup'])
  })

  it('stands still under reduced motion, and tours once motion is allowed again', () => {
    expect(run(toured, true)).toMatchObject({ state: 'still', walked: [], delays: [] })
    expect(run([...toured, { type: 'REDUCED', reduced: false }], true)).toMatchObject({ state: 'touring', walked: ['guide'] })
  })

  it('is unavailable when the hall cannot be drawn, or loses its renderer later', () => {
    expect(run([...toured.slice(0, 3), { ready: false }]).state).toBe('unavailable')
    expect(run([...toured.slice(0, 3), { ready: true }, { type: 'HALL_LOST' }]).state).toBe('unavailable')
    expect(run([...toured, { type: 'HALL_LOST' }])).toMatchObject({ state: 'unavailable', delays: [] })
  })

  it('hides during a visit and moves on to the next zone once the start screen has rested', () => {
    const hidden = run([...toured, { type: 'HIDE' }])
    expect(hidden).toMatchObject({ state: 'hidden', delays: [] })
    const back = run([...toured, { type: 'HIDE' }, { type: 'SHOW' }])
    expect(back).toMatchObject({ state: 'resting', walked: ['guide'] })
    expect(run([...toured, { type: 'HIDE' }, { type: 'SHOW' }, 'wait']).walked).toEqual(['guide', 'business-startup'])
  })

  it('loads at once for a visit, keeps the visit’s latest scene for the hall, and tours on straight after it', () => {
    const visit = run([{ type: 'SHOW' }, { type: 'HIDE' }, { type: 'VISIT' }, { type: 'VISIT_SHOW', show: { kind: 'route', windows: [1, 5] } }])
    expect(visit.state).toBe('loading')
    expect(visit.started.at(-1)).toBe('loadHall')
    expect(visit.snapshot.context).toMatchObject({ visitShow: { kind: 'route', windows: [1, 5] }, shows: 1 })
    const after = run([{ type: 'VISIT' }, 'loaded', { ready: true }, { type: 'SHOW' }])
    expect(after).toMatchObject({ state: 'touring', walked: ['guide'] })
    expect(after.snapshot.context.visitShow).toBeUndefined()
  })
})
