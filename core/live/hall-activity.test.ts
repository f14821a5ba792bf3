import { describe, expect, it } from 'vitest'
import { buildHallActivity, placeOf } from './hall-activity.ts'
import { startupZone, ticketAt } from './live-fixtures.ts'

const now = new Date('2026-10-08T10:00:00+08:00')
const t = (iso: string) => new Date(`2026-10-08T${iso}:00+08:00`)

describe('the hall activity', () => {
  const tickets = [
    ticketAt(1, 'walk-in', '09:00', { status: 'done', calledAt: t('09:01'), finishedAt: t('09:06'), window: 1, calls: 1 }),
    ticketAt(2, 'walk-in', '09:02', { status: 'done', calledAt: t('09:06'), finishedAt: t('09:12'), window: 1, calls: 1 }),
    ticketAt(3, 'walk-in', '09:03', { status: 'done', calledAt: t('09:07'), finishedAt: t('09:14'), window: 2, calls: 1 }),
    ticketAt(4, 'booked', '09:20', { status: 'called', calledAt: t('09:58'), window: 2, calls: 2, maskedName: '张**' }),
    ticketAt(5, 'walk-in', '09:30'),
    ticketAt(6, 'booked', '09:40'),
    ticketAt(7, 'priority', '09:50'),
  ]
  const activity = buildHallActivity(tickets, [startupZone], now, 42)
  const zone = activity.zones[0]!

  it('lists the waiting tickets of a zone in calling order', () => {
    expect(zone.waiting).toBe(3)
    expect(zone.queue).toEqual(['A007', 'A006', 'A005'])
  })

  it('estimates from the day\'s measured service times and the windows open now', () => {
    // 5, 6 and 7 minutes, the latest weighing most; window 1 last called 54 minutes ago, window 2 has served A004 for 2.
    expect(zone.minutesPerVisitor).toBe(6.1)
    expect(zone.openWindows).toBe(1)
    // Window 2 is free in about 4 minutes, then every 6.1; a walk-in also lets pass the 3 绿色通道 and booked arrivals of the last hour's pace (3 an hour).
    expect(zone.waits).toEqual([4, 11, 23])
    expect(zone.waitMinutes).toBe(32)
  })

  it('shows who is at which window, masked, and the latest call first', () => {
    expect(zone.serving).toEqual([{ key: 't4:2', number: 'A004', zone: 'business-startup', window: 2, name: '张**', at: '2026-10-08T01:58:00.000Z' }])
    expect(activity.calls.map((c) => c.number)).toEqual(['A004', 'A003', 'A002', 'A001'])
    expect(activity.version).toBe(42)
  })

  it('tells a waiting ticket how many are ahead and how long, and nothing once it is called', () => {
    expect(placeOf(activity, 'business-startup', 'A005')).toEqual({ ahead: 2, waitMinutes: 23 })
    expect(placeOf(activity, 'business-startup', 'A007')).toEqual({ ahead: 0, waitMinutes: 4 })
    expect(placeOf(activity, 'business-startup', 'A004')).toBeNull()
  })
})
