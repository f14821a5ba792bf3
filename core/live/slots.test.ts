import { describe, expect, it } from 'vitest'
import { startupZone } from './live-fixtures.ts'
import { bookableCapacity, chinaInstant, slotsOf } from './slots.ts'

describe('booking slots', () => {
  it('cuts each opening period into slots and offers only the bookable share of each', () => {
    const slots = slotsOf(startupZone)
    expect(slots).toHaveLength(6 + 7)
    expect(slots[0]).toEqual({ start: '09:00', end: '09:30', capacity: 6 })
    expect(slots[5]).toEqual({ start: '11:30', end: '12:00', capacity: 6 })
    expect(slots[6]).toEqual({ start: '13:30', end: '14:00', capacity: 6 })
    expect(slots.at(-1)).toEqual({ start: '16:30', end: '17:00', capacity: 6 })
  })

  it('does not offer a last piece shorter than a slot', () => {
    const slots = slotsOf({ ...startupZone, hours: [{ from: '09:00', to: '10:10' }], slotMinutes: 30 })
    expect(slots.map((s) => s.start)).toEqual(['09:00', '09:30'])
  })

  it('keeps whole places for walk-ins, never a fraction more for bookings', () => {
    expect(bookableCapacity({ capacityPerSlot: 7, walkInShare: 0.5 })).toBe(3)
    expect(bookableCapacity({ capacityPerSlot: 10, walkInShare: 0.3 })).toBe(7)
    expect(bookableCapacity({ capacityPerSlot: 4, walkInShare: 1 })).toBe(0)
  })

  it('places a slot in Beijing time', () => {
    expect(chinaInstant('2026-10-08', '09:30').toISOString()).toBe('2026-10-08T01:30:00.000Z')
  })
})
