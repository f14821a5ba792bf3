import { describe, expect, it } from 'vitest'
import { animationCues } from '../../core/scenes/cues.ts'
import { cueMotions, motionOf, type CueStage } from './cue-motions.ts'

function recordingStage(): { stage: CueStage; calls: string[] } {
  const calls: string[] = []
  const at = (name: string) => (t: number) => (calls.push(name), t + 1)
  const stage: CueStage = {
    walk: at('walk'),
    frame: (t, withGuide) => (calls.push(withGuide ? 'frame+guide' : 'frame'), t),
    gesture: (kind, t) => (calls.push(kind), t + 1),
    carry: (_from, _to, _c, t) => (calls.push('carry'), t + 1),
    glow: at('glow'),
    sit: at('sit'),
    hop: at('hop'),
    visitorAt: () => ({ x: 0, y: 0 }),
    thing: { x: 0, y: 0, w: 10, h: 10 },
  }
  return { stage, calls }
}

describe('cueMotions', () => {
  it('gives every cue a script may name a motion of its own', () => {
    expect(Object.keys(cueMotions).sort()).toEqual([...animationCues].sort())
  })

  it('walks to the place for every cue but point, where the guide points from where they stand', () => {
    for (const cue of animationCues) {
      const { stage, calls } = recordingStage()
      cueMotions[cue](stage)
      if (cue === 'point') expect(calls).toEqual(['frame+guide', 'point'])
      else expect(calls).toContain('walk')
    }
  })

  it('hands papers over the counter after arriving, and takes a ticket from the machine', () => {
    const hand = recordingStage()
    cueMotions['hand-over'](hand.stage)
    expect(hand.calls.indexOf('carry')).toBeGreaterThan(hand.calls.indexOf('walk'))
    const ticket = recordingStage()
    cueMotions['take-ticket'](ticket.stage)
    expect(ticket.calls).toContain('carry')
  })

  it('walks for a cue it does not know rather than standing still', () => {
    const { stage, calls } = recordingStage()
    motionOf('dance')(stage)
    expect(calls).toContain('walk')
  })
})
