import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CalendarFile } from '../calendar/calendar-file.ts'
import { buildCalendar } from '../calendar/working-days.ts'
import { bookingReminderAt, draftWarningAt, workingDayBefore } from './reminder-schedule.ts'

const cal = buildCalendar([CalendarFile.parse(JSON.parse(readFileSync(new URL('../../content/calendar/2026.json', import.meta.url), 'utf8')))])
const beijing = (s: string) => new Date(`${s}+08:00`)

describe('booking reminders', () => {
  it('go out at 09:00 on the working day before the booking', () => {
    expect(bookingReminderAt(cal, '2026-12-09', beijing('2026-12-07T15:00:00'))).toEqual(beijing('2026-12-08T09:00:00'))
  })

  it('skip the weekend and the National Day holiday back to the last working day', () => {
    expect(workingDayBefore(cal, '2026-12-07')).toBe('2026-12-04')
    expect(bookingReminderAt(cal, '2026-10-08', beijing('2026-09-28T10:00:00'))).toEqual(beijing('2026-09-30T09:00:00'))
  })

  it('are not scheduled when the moment has passed, for a booking made the day before', () => {
    expect(bookingReminderAt(cal, '2026-12-08', beijing('2026-12-07T10:00:00'))).toBeNull()
  })
})

describe('draft expiry warnings', () => {
  it('go out 7 days before the draft is purged, and not at all with less than 7 days left', () => {
    const expires = beijing('2026-12-31T12:00:00')
    expect(draftWarningAt(expires, beijing('2026-12-01T12:00:00'))).toEqual(beijing('2026-12-24T12:00:00'))
    expect(draftWarningAt(expires, beijing('2026-12-25T12:00:00'))).toBeNull()
  })
})
