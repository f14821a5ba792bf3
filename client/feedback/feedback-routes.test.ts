import { describe, expect, it } from 'vitest'
import { matchRoute } from '../app/route.ts'

describe('feedback and staff pages', () => {
  it('opens the ticket form preset from a guide link, the ticket lookup and the staff desk', () => {
    expect(matchRoute('/tickets/new', '?kind=complaint&matter=food-business-licence')).toEqual({ name: 'ticket-new', kind: 'complaint', matterId: 'food-business-licence' })
    expect(matchRoute('/tickets/lookup', '?number=TS-2026-23456789')).toEqual({ name: 'ticket-lookup', number: 'TS-2026-23456789' })
    expect(matchRoute('/staff/', '')).toEqual({ name: 'staff' })
  })
})
