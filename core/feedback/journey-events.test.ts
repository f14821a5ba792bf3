import { describe, expect, it } from 'vitest'
import { aggregateFunnel, JourneyEvent } from './journey-events.ts'

describe('anonymous journey events', () => {
  it('accepts ids only and refuses answers, free text or identifiers', () => {
    const journey = 'Qm9vay1rZXktMDAx'
    expect(JourneyEvent.safeParse({ kind: 'stopped', journey, scene: 'open-restaurant', step: 'seats' }).success).toBe(true)
    expect(JourneyEvent.safeParse({ kind: 'stopped', journey, scene: 'open-restaurant', step: 'seats', answers: { name: '张三' } }).success).toBe(false)
    expect(JourneyEvent.safeParse({ kind: 'stopped', journey, scene: 'open-restaurant', step: '张三 13812345678' }).success).toBe(false)
    expect(JourneyEvent.safeParse({ kind: 'started', journey, scene: 'open-restaurant', step: 'welcome', sessionId: 'abc' }).success).toBe(false)
    expect(JourneyEvent.safeParse({ kind: 'finished', journey, scene: 'open-restaurant', step: 'result' }).success).toBe(false)
    // The journey id is a random token, never a name or a phone number.
    expect(JourneyEvent.safeParse({ kind: 'started', journey: '张三 13812345678', scene: 'open-restaurant', step: 'welcome' }).success).toBe(false)
  })

  it('aggregates started, where people stopped and which outcomes they reached, per scene', () => {
    const funnel = aggregateFunnel([
      { kind: 'started', scene: 'open-restaurant', step: 'welcome' },
      { kind: 'started', scene: 'open-restaurant', step: 'welcome' },
      { kind: 'started', scene: 'open-restaurant', step: 'welcome' },
      { kind: 'stopped', scene: 'open-restaurant', step: 'seats' },
      { kind: 'finished', scene: 'open-restaurant', step: 'result', outcome: 'result' },
      { kind: 'started', scene: 'newborn', step: 'welcome' },
    ])
    expect(funnel).toEqual([
      { scene: 'newborn', started: 1, finished: 0, stoppedAt: {}, outcomes: {} },
      { scene: 'open-restaurant', started: 3, finished: 1, stoppedAt: { seats: 1 }, outcomes: { result: 1 } },
    ])
  })
})
