import { describe, expect, it } from 'vitest'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { answersOnPath, walkAnswers, walkPath } from './walk.ts'

const script = scriptFixture('open-restaurant')

describe('walkPath', () => {
  it('passes scene and info steps and stops at the first unanswered question', () => {
    expect(walkPath(script, {})).toEqual({ path: ['welcome', 'registered'], stop: 'registered' })
    expect(walkPath(script, { registered: false })).toEqual({
      path: ['welcome', 'registered', 'about-registration', 'area'],
      stop: 'area',
    })
  })

  it('follows the first branch whose condition holds', () => {
    expect(walkPath(script, { registered: true, area: 30 }).path).toEqual(['welcome', 'registered', 'area', 'small-premises', 'extras'])
    expect(walkPath(script, { registered: true, area: 50 }).path).toEqual(['welcome', 'registered', 'area', 'extras'])
  })

  it('ends at the outcome once every question on the way is answered', () => {
    const answers = { registered: true, area: 80, extras: ['none'], staff: true, agent: false }
    expect(walkPath(script, answers).stop).toBe('result')
  })

  it('treats an invalid answer as no answer', () => {
    expect(walkPath(script, { registered: 'yes' }).stop).toBe('registered')
    expect(walkPath(script, { registered: true, area: -4 }).stop).toBe('area')
    expect(walkPath(script, { registered: true, area: 80, extras: ['karaoke'] }).stop).toBe('extras')
  })

  it('stops before going round a loop for ever', () => {
    const looping = { ...script, steps: script.steps.map((s) => (s.id === 'agent' ? { ...s, next: 'registered' } : s)) }
    const answers = { registered: true, area: 80, extras: ['none'], staff: true, agent: false }
    expect(walkPath(looping, answers)).toEqual({ path: ['welcome', 'registered', 'area', 'extras', 'staff', 'agent'], stop: 'agent' })
    expect(walkPath(script, { ...answers, extras: ['signboard'] }).stop).toBe('sign-lit')
  })
})

describe('answersOnPath', () => {
  it('drops answers to questions the route no longer passes, and invalid ones', () => {
    expect(answersOnPath(script, { registered: true, staff: true, area: 'big', unknown: 1 })).toEqual({ registered: true })
    const answers = { registered: true, area: 80, extras: ['none'], 'sign-lit': true, staff: true }
    expect(answersOnPath(script, answers)).toEqual({ registered: true, area: 80, extras: ['none'], staff: true })
  })
})

describe('walkAnswers', () => {
  it('walks once, keeping only valid answers to the questions on the route and stopping at the first unanswered one', () => {
    const walk = walkAnswers(script, { registered: true, staff: true, area: 'big', unknown: 1 })
    expect(walk).toEqual({ path: ['welcome', 'registered', 'area'], questions: ['registered', 'area'], answers: { registered: true }, stop: 'area', ended: false })
  })

  it('ends at the outcome when every question on the route is answered', () => {
    const walk = walkAnswers(script, { registered: true, area: 80, extras: ['none'], staff: false, agent: false })
    expect(walk.ended).toBe(true)
    expect(walk.stop).toBe('result')
    expect(walk.questions).toEqual(['registered', 'area', 'extras', 'staff', 'agent'])
  })
})
