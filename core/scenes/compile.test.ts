import { createActor, initialTransition, transition } from 'xstate'
import { describe, expect, it } from 'vitest'
import { catalogue } from '../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { compileScene, type JourneyEvent } from './compile.ts'
import type { HallCue } from './hall-cues.ts'

const script = scriptFixture('open-restaurant')
const machine = compileScene(script)

function run(events: JourneyEvent[]) {
  let [snapshot] = initialTransition(machine)
  for (const event of events) [snapshot] = transition(machine, snapshot, event)
  return snapshot
}

const answer = (value: unknown): JourneyEvent => ({ type: 'ANSWER', value: value as never })
const toCheck: JourneyEvent[] = [answer(true), answer(80), answer(['signboard']), answer(true), answer(false), answer(false)]
const onScreen = (snapshot: ReturnType<typeof run>) =>
  snapshot.context.screen.kind === 'question' ? snapshot.context.screen.question.id : snapshot.context.screen.kind

describe('the journey machine', () => {
  it('opens on the first question with the greeting told along with it', () => {
    const snapshot = run([])
    expect(snapshot.value).toBe('question')
    expect(onScreen(snapshot)).toBe('registered')
    const screen = snapshot.context.screen
    expect(screen.kind === 'question' && screen.narration.map((s) => s.id)).toEqual(['welcome'])
  })

  it('needs one answer per question to reach the check page, with info steps told along the next question', () => {
    let snapshot = run([answer(false)])
    expect(onScreen(snapshot)).toBe('area')
    const screen = snapshot.context.screen
    expect(screen.kind === 'question' && screen.narration.map((s) => s.id)).toEqual(['about-registration'])
    snapshot = run(toCheck)
    expect(snapshot.value).toBe('check')
    expect(snapshot.context.walk.answers).toEqual({ registered: true, area: 80, extras: ['signboard'], 'sign-lit': true, staff: false, agent: false })
  })

  it('shows the list after the check page is confirmed, with the route after the last question for the hall', () => {
    const snapshot = run([...toCheck, { type: 'CONFIRM' }])
    expect(snapshot.value).toBe('list')
    expect(snapshot.context.hall).toEqual({
      type: 'hall.route',
      scenes: [{ step: 'to-window', cue: 'walk', place: { zone: 'general-acceptance' }, say: expect.any(Object) }],
      windows: [],
    })
  })

  it('ignores answers a question does not accept', () => {
    const before = run([answer(true)])
    for (const value of [0, 20001, 'big', true]) {
      const [after] = transition(machine, before, answer(value))
      expect(onScreen(after)).toBe('area')
      expect(after.context.walk).toEqual(before.context.walk)
    }
    expect(run([{ type: 'CONFIRM' }]).value).toBe('question')
  })

  it('goes back one question and keeps the earlier answer; Back on the first question does nothing', () => {
    const snapshot = run([...toCheck.slice(0, 3), { type: 'BACK' }])
    expect(onScreen(snapshot)).toBe('extras')
    expect(snapshot.context.walk.answers.extras).toEqual(['signboard'])
    expect(onScreen(run([{ type: 'BACK' }]))).toBe('registered')
  })

  it('goes back from the list to the check page, and from the check page to the last question', () => {
    const list = run([...toCheck, { type: 'CONFIRM' }])
    expect(transition(machine, list, { type: 'BACK' })[0].value).toBe('check')
    const [check] = transition(machine, list, { type: 'BACK' })
    expect(onScreen(transition(machine, check, { type: 'BACK' })[0])).toBe('agent')
  })

  it('returns to the check page after an answer is changed from it', () => {
    const snapshot = run([...toCheck, { type: 'EDIT', question: 'staff' }, answer(true)])
    expect(snapshot.value).toBe('check')
    expect(snapshot.context.walk.answers.staff).toBe(true)
  })

  it('asks the questions a change adds before returning to the check page', () => {
    let snapshot = run([...toCheck.slice(0, 2), answer(['none']), answer(false), answer(false)])
    expect(snapshot.value).toBe('check')
    snapshot = transition(machine, snapshot, { type: 'EDIT', question: 'extras' })[0]
    snapshot = transition(machine, snapshot, answer(['signboard']))[0]
    expect(onScreen(snapshot)).toBe('sign-lit')
    snapshot = transition(machine, snapshot, answer(false))[0]
    expect(snapshot.value).toBe('check')
  })

  it('drops answers that no longer apply when an earlier answer changes', () => {
    const snapshot = run([...toCheck, { type: 'EDIT', question: 'extras' }, answer(['tobacco'])])
    expect(snapshot.value).toBe('check')
    expect(snapshot.context.walk.answers).toEqual({ registered: true, area: 80, extras: ['tobacco'], staff: false, agent: false })
  })

  it('refuses to edit a question the route does not pass', () => {
    const snapshot = run([...toCheck, { type: 'EDIT', question: 'nowhere' }])
    expect(snapshot.value).toBe('check')
  })

  it('restores a share link straight on the list when its answers reach one, else on the first question left', () => {
    const answers = { registered: true, area: 80, extras: ['none'], staff: false, agent: false }
    expect(run([{ type: 'RESTORE', answers }]).value).toBe('list')
    const partial = run([{ type: 'RESTORE', answers: { registered: true, area: 30, extras: ['bogus'], agent: true } }])
    expect(onScreen(partial)).toBe('extras')
    expect(partial.context.walk.answers).toEqual({ registered: true, area: 30 })
  })

  it('restores a history entry on its own place: a question, the check page or the list', () => {
    const answers = { registered: true, area: 80, extras: ['none'], staff: false, agent: false }
    expect(onScreen(run([{ type: 'RESTORE', answers, at: { question: 'area' } }]))).toBe('area')
    expect(run([{ type: 'RESTORE', answers, at: { page: 'check' } }]).value).toBe('check')
    expect(run([{ type: 'RESTORE', answers, at: { page: 'list' } }]).value).toBe('list')
    // A place the answers no longer reach lands on the first question left.
    expect(onScreen(run([{ type: 'RESTORE', answers: { registered: true }, at: { page: 'list' } }]))).toBe('area')
    expect(onScreen(run([{ type: 'RESTORE', answers, at: { question: 'sign-lit' } }]))).toBe('list')
  })

  it('builds the list once the catalogue arrives, and again only when the answers change', () => {
    let snapshot = run([...toCheck, { type: 'CONFIRM' }])
    expect(snapshot.context.outcome).toBeNull()
    snapshot = transition(machine, snapshot, { type: 'CATALOGUE', catalogue })[0]
    const built = snapshot.context.outcome
    expect(built?.step).toBe('result')
    snapshot = transition(machine, snapshot, { type: 'BACK' })[0]
    expect(snapshot.context.outcome).toBe(built)
    snapshot = transition(machine, snapshot, { type: 'EDIT', question: 'agent' })[0]
    snapshot = transition(machine, snapshot, answer(true))[0]
    expect(snapshot.context.outcome).not.toBe(built)
  })

  it('emits the scenes told with each screen to the hall, in order', () => {
    const told: HallCue[] = []
    const actor = createActor(machine)
    actor.on('*', (cue) => void told.push(cue))
    actor.start()
    for (const event of [...toCheck, { type: 'CONFIRM' } as const]) actor.send(event)
    actor.stop()
    expect(told.map((c) => (c.type === 'hall.scenes' ? `${c.question}:${c.scenes.map((s) => s.step).join(',')}` : `route:${c.scenes.map((s) => s.step).join(',')}`))).toEqual([
      'registered:welcome',
      'area:',
      'extras:',
      'sign-lit:',
      'staff:',
      'agent:',
      'route:to-window',
      'route:to-window',
    ])
  })

  it('starts afresh on RESTART', () => {
    const snapshot = run([...toCheck, { type: 'RESTART' }])
    expect(onScreen(snapshot)).toBe('registered')
    expect(snapshot.context.walk.answers).toEqual({})
  })

  it('refuses a script whose start is not a step', () => {
    expect(() => compileScene({ ...script, start: 'nowhere' })).toThrow('start "nowhere" is not a step')
  })
})
