import { describe, expect, it } from 'vitest'
import { ticketAt } from './live-fixtures.ts'
import { callingOrder, ticketNumber } from './queue-order.ts'

describe('the calling order of a zone', () => {
  it('calls 绿色通道 first, then booked visitors, then walk-ins, each lane first come first served', () => {
    const waiting = [
      ticketAt(1, 'walk-in', '09:01'),
      ticketAt(2, 'booked', '09:05'),
      ticketAt(3, 'walk-in', '09:02'),
      ticketAt(4, 'priority', '09:10'),
      ticketAt(5, 'booked', '09:03'),
    ]
    expect(callingOrder(waiting).map((t) => t.number)).toEqual(['A004', 'A005', 'A002', 'A001', 'A003'])
  })

  it('puts a missed ticket that checks in again at the back of its lane', () => {
    const waiting = [ticketAt(1, 'walk-in', '09:30', { rechecks: 1 }), ticketAt(2, 'walk-in', '09:05'), ticketAt(3, 'walk-in', '09:10')]
    expect(callingOrder(waiting).map((t) => t.number)).toEqual(['A002', 'A003', 'A001'])
  })
})

describe('ticket numbers', () => {
  it('prints the zone letter and three digits, growing past 999', () => {
    expect(ticketNumber('A', 1)).toBe('A001')
    expect(ticketNumber('B', 14)).toBe('B014')
    expect(ticketNumber('C', 1204)).toBe('C1204')
  })
})
