import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CalendarFile } from '../calendar/calendar-file.ts'
import { buildCalendar } from '../calendar/working-days.ts'
import { bookableDates, canChange, changeDeadline, checkInWindow, suspendedUntil } from './booking-rules.ts'

const cal = buildCalendar([CalendarFile.parse(JSON.parse(readFileSync(new URL('../../content/calendar/2026.json', import.meta.url), 'utf8')))])
const at = (iso: string) => new Date(iso)

describe('the days a citizen may book', () => {
  it('offers the next five working days, skipping 国庆 and counting the worked Saturday', () => {
    expect(bookableDates(cal, at('2026-09-29T10:00:00+08:00'))).toEqual(['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'])
  })

  it('never offers today, even early in the morning in Beijing', () => {
    expect(bookableDates(cal, at('2026-10-12T07:30:00+08:00'))[0]).toBe('2026-10-13')
  })
})

describe('cancelling and moving', () => {
  it('closes two hours before the slot starts', () => {
    expect(changeDeadline('2026-10-08', '09:30').toISOString()).toBe('2026-10-07T23:30:00.000Z')
    expect(canChange('2026-10-08', '09:30', at('2026-10-08T07:29:00+08:00'))).toBe(true)
    expect(canChange('2026-10-08', '09:30', at('2026-10-08T07:30:00+08:00'))).toBe(false)
  })
})

describe('the no-show rule', () => {
  it('suspends booking for 30 days from the third no-show within 90 days', () => {
    const noShows = [at('2026-03-02T10:00:00+08:00'), at('2026-04-01T10:00:00+08:00'), at('2026-05-20T10:00:00+08:00')]
    expect(suspendedUntil(noShows, at('2026-05-21T10:00:00+08:00'))?.toISOString()).toBe('2026-06-19T02:00:00.000Z')
    expect(suspendedUntil(noShows, at('2026-06-19T10:00:01+08:00'))).toBeNull()
  })

  it('does not suspend for three no-shows spread over more than 90 days', () => {
    const noShows = [at('2026-01-05T10:00:00+08:00'), at('2026-03-02T10:00:00+08:00'), at('2026-04-10T10:00:00+08:00')]
    expect(suspendedUntil(noShows, at('2026-04-11T10:00:00+08:00'))).toBeNull()
  })

  it('does not suspend for two no-shows', () => {
    expect(suspendedUntil([at('2026-04-01T10:00:00+08:00'), at('2026-04-02T10:00:00+08:00')], at('2026-04-03T10:00:00+08:00'))).toBeNull()
  })
})

describe('checking a booking in', () => {
  it('opens half an hour before the slot and closes when it ends', () => {
    expect(checkInWindow('2026-10-08', '09:30', '10:00', at('2026-10-08T08:59:00+08:00'))).toBe('early')
    expect(checkInWindow('2026-10-08', '09:30', '10:00', at('2026-10-08T09:00:00+08:00'))).toBe('open')
    expect(checkInWindow('2026-10-08', '09:30', '10:00', at('2026-10-08T09:59:59+08:00'))).toBe('open')
    expect(checkInWindow('2026-10-08', '09:30', '10:00', at('2026-10-08T10:00:00+08:00'))).toBe('late')
  })
})
