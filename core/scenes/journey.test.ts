import { describe, expect, it } from 'vitest'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { settle } from './journey.ts'

const script = scriptFixture('open-restaurant')
const atStart = { answers: {}, path: ['welcome'] }

describe('settle', () => {
  it('ignores events that do not apply where the visitor is', () => {
    expect(settle(script, atStart, { type: 'BACK' })).toBeUndefined()
    expect(settle(script, atStart, { type: 'ANSWER', value: true })).toBeUndefined()
    expect(settle(script, { answers: {}, path: ['welcome', 'registered'] }, { type: 'NEXT' })).toBeUndefined()
    expect(settle(script, atStart, { type: 'EDIT', step: 'staff' })).toBeUndefined()
    expect(settle(script, atStart, { type: 'WAVE' } as never)).toBeUndefined()
  })

  it('restores nothing from a malformed share link', () => {
    expect(settle(script, atStart, { type: 'RESTORE', answers: null as never })).toEqual({ answers: {}, path: ['welcome', 'registered'] })
  })

  it('goes back round a loop to the step the loop returns to', () => {
    const looping = { ...script, steps: script.steps.map((s) => (s.id === 'agent' ? { ...s, next: [{ when: { answer: 'agent', is: true }, to: 'extras' }, { to: 'to-window' }] } : s)) }
    const answers = { registered: true, area: 80, extras: ['none'], staff: true }
    const atAgent = { answers, path: ['welcome', 'registered', 'area', 'extras', 'staff', 'agent'] }
    expect(settle(looping, atAgent, { type: 'ANSWER', value: true })).toEqual({
      answers: { ...answers, agent: true },
      path: ['welcome', 'registered', 'area', 'extras'],
    })
  })
})
