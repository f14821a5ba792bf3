import { describe, expect, it } from 'vitest'
import { matchRoute } from '../app/route.ts'

describe('the kiosk addresses', () => {
  it('opens the kiosk at /kiosk and a phone hand-off at /h/<code>', () => {
    expect(matchRoute('/kiosk', '')).toEqual({ name: 'kiosk' })
    expect(matchRoute('/kiosk/', '')).toEqual({ name: 'kiosk' })
    expect(matchRoute('/h/K7M2PQ', '')).toEqual({ name: 'handoff', code: 'K7M2PQ' })
  })

  it('sends a malformed hand-off address to the not-found page', () => {
    expect(matchRoute('/h/<script>', '')).toEqual({ name: 'not-found', path: '/h/<script>' })
  })
})
