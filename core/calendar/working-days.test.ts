import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CalendarFile } from './calendar-file.ts'
import { addWorkingDays, buildCalendar, chinaDate, endOfChinaDay, isWorkingDay, workingDaysBetween } from './working-days.ts'

const year = (y: number) => CalendarFile.parse(JSON.parse(readFileSync(new URL(`../../content/calendar/${y}.json`, import.meta.url), 'utf8')))
const cal = buildCalendar([year(2026), year(2027)])

describe('the working-day calendar over the official 2026 schedule', () => {
  it('rests on every day of 国庆 and works the adjusted Sunday before and Saturday after', () => {
    for (let d = 1; d <= 7; d++) expect(isWorkingDay(cal, `2026-10-0${d}`)).toBe(false)
    expect(isWorkingDay(cal, '2026-09-20')).toBe(true) // Sunday worked
    expect(isWorkingDay(cal, '2026-10-10')).toBe(true) // Saturday worked
    expect(isWorkingDay(cal, '2026-10-11')).toBe(false) // an ordinary Sunday
  })

  it('counts three working days from the eve of 国庆 to the adjusted Saturday 10 October', () => {
    expect(addWorkingDays(cal, '2026-09-30', 1)).toBe('2026-10-08')
    expect(addWorkingDays(cal, '2026-09-30', 3)).toBe('2026-10-10')
  })

  it('gives a 15-working-day follow-up opened on 30 September a deadline of 27 October', () => {
    expect(addWorkingDays(cal, '2026-09-30', 15)).toBe('2026-10-27')
  })

  it('skips the nine days of 春节 and counts the working Saturdays 14 and 28 February', () => {
    expect(addWorkingDays(cal, '2026-02-13', 1)).toBe('2026-02-14')
    expect(addWorkingDays(cal, '2026-02-14', 1)).toBe('2026-02-24')
    expect(addWorkingDays(cal, '2026-02-24', 4)).toBe('2026-02-28')
  })

  it('starts counting on the next working day when a case arrives on a holiday', () => {
    expect(addWorkingDays(cal, '2026-05-02', 1)).toBe('2026-05-06')
    expect(addWorkingDays(cal, '2026-05-02', 4)).toBe('2026-05-09')
  })

  it('counts working days between two dates, negative when the second is earlier', () => {
    expect(workingDaysBetween(cal, '2026-09-30', '2026-10-10')).toBe(3)
    expect(workingDaysBetween(cal, '2026-10-10', '2026-09-30')).toBe(-3)
    expect(workingDaysBetween(cal, '2026-10-08', '2026-10-08')).toBe(0)
  })

  it('uses the statutory 2027 days from the provisional file and treats later years as weekends only', () => {
    expect(isWorkingDay(cal, '2027-02-08')).toBe(false) // 春节, a Monday
    expect(isWorkingDay(cal, '2028-03-06')).toBe(true) // a Monday in an unknown year
    expect(isWorkingDay(cal, '2028-03-05')).toBe(false) // a Sunday
  })

  it('reads dates in Beijing time, where a deadline day ends at midnight', () => {
    expect(chinaDate(new Date('2026-09-30T16:30:00Z'))).toBe('2026-10-01')
    expect(endOfChinaDay('2026-10-27').toISOString()).toBe('2026-10-27T15:59:59.999Z')
  })
})
