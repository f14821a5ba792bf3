import { createActor, initialTransition, transition } from 'xstate'
import { describe, expect, it } from 'vitest'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { compileScene, type CueParams } from './compile.ts'
import type { JourneyEvent } from './journey.ts'

const script = scriptFixture('open-restaurant')
const machine = compileScene(script)

function run(events: JourneyEvent[]) {
  let [snapshot] = initialTransition(machine)
  for (const event of events) [snapshot] = transition(machine, snapshot, event)
  return snapshot
}

const toOutcome: JourneyEvent[] = [
  { type: 'NEXT' },
  { type: 'ANSWER', value: true },
  { type: 'ANSWER', value: 80 },
  { type: 'ANSWER', value: ['signboard'] },
  { type: 'ANSWER', value: true },
  { type: 'ANSWER', value: false },
  { type: 'ANSWER', value: false },
  { type: 'NEXT' },
]

describe('compileScene', () => {
  it('starts at the start step with no answers', () => {
    const snapshot = run([])
    expect(snapshot.value).toBe('welcome')
    expect(snapshot.context).toEqual({ answers: {}, path: ['welcome'] })
    expect(snapshot.hasTag('scene')).toBe(true)
  })

  it('walks to the outcome as questions are answered', () => {
    const snapshot = run(toOutcome)
    expect(snapshot.value).toBe('result')
    expect(snapshot.hasTag('outcome')).toBe(true)
    expect(snapshot.context.answers).toEqual({ registered: true, area: 80, extras: ['signboard'], 'sign-lit': true, staff: false, agent: false })
    expect(snapshot.context.path).toEqual(['welcome', 'registered', 'area', 'extras', 'sign-lit', 'staff', 'agent', 'to-window', 'result'])
  })

  it('ignores answers a question does not accept', () => {
    const before = run([{ type: 'NEXT' }, { type: 'ANSWER', value: true }])
    for (const value of [0, 20001, 'big', true]) {
      const [after] = transition(machine, before, { type: 'ANSWER', value })
      expect(after.value).toBe('area')
      expect(after.context).toEqual(before.context)
    }
    expect(run([{ type: 'ANSWER', value: true }]).value).toBe('welcome')
  })

  it('goes back one step and keeps the earlier answer', () => {
    const snapshot = run([...toOutcome.slice(0, 4), { type: 'BACK' }])
    expect(snapshot.value).toBe('extras')
    expect(snapshot.context.answers.extras).toEqual(['signboard'])
    expect(snapshot.context.path).toEqual(['welcome', 'registered', 'area', 'extras'])
  })

  it('drops answers that no longer apply when an earlier answer changes', () => {
    const snapshot = run([...toOutcome, { type: 'EDIT', step: 'extras' }, { type: 'ANSWER', value: ['tobacco'] }])
    expect(snapshot.value).toBe('staff')
    expect(snapshot.context.answers).toEqual({ registered: true, area: 80, extras: ['tobacco'], staff: false, agent: false })
    expect(snapshot.context.path).toEqual(['welcome', 'registered', 'area', 'extras', 'staff'])
  })

  it('keeps later answers when a change leaves the route as it was', () => {
    const snapshot = run([...toOutcome, { type: 'EDIT', step: 'registered' }, { type: 'ANSWER', value: false }])
    expect(snapshot.value).toBe('about-registration')
    expect(snapshot.context.answers).toEqual({ registered: false, area: 80, extras: ['signboard'], 'sign-lit': true, staff: false, agent: false })
  })

  it('refuses to edit a step the route does not pass', () => {
    const snapshot = run([...toOutcome, { type: 'EDIT', step: 'small-premises' }])
    expect(snapshot.value).toBe('result')
  })

  it('restores answers from a share link and walks as far as they go', () => {
    const snapshot = run([{ type: 'RESTORE', answers: { registered: true, area: 30, extras: ['bogus'], agent: true } }])
    expect(snapshot.value).toBe('extras')
    expect(snapshot.context).toEqual({ answers: { registered: true, area: 30 }, path: ['welcome', 'registered', 'area', 'small-premises', 'extras'] })
  })

  it('names the cue of each scene step for the client to provide', () => {
    const played: CueParams[] = []
    const actor = createActor(machine.provide({ actions: { cue: (_, params) => void played.push(params) } })).start()
    for (const event of toOutcome) actor.send(event)
    actor.stop()
    expect(played).toEqual([
      { cue: 'greet', place: { facility: 'guide-desk' }, step: 'welcome' },
      { cue: 'walk', place: { zone: 'general-acceptance' }, step: 'to-window' },
    ])
  })

  it('refuses a script whose start is not a step', () => {
    expect(() => compileScene({ ...script, start: 'nowhere' })).toThrow('start "nowhere" is not a step')
  })
})
