import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CalendarFile } from './calendar-file.ts'
import { addWorkingDays, buildCalendar, chinaDate, endOfChinaDay, isWorkingDay, limitEndDate, limitWorkingDays, overAnyWeek, workingDaysBetween } from './working-days.ts'

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

describe('how long a time limit lasts, in working days', () => {
  it('counts 工作日 as working days, over holidays and adjusted weekends', () => {
    expect(limitEndDate(cal, '2026-09-30', { value: 3, unit: '工作日' })).toBe('2026-10-10')
    expect(limitWorkingDays(cal, '2026-09-30', { value: 3, unit: '工作日' })).toBe(3)
  })

  it('ends a 自然日 limit that falls in 国庆 on the first working day after it', () => {
    expect(limitEndDate(cal, '2026-09-30', { value: 3, unit: '自然日' })).toBe('2026-10-08')
    expect(limitWorkingDays(cal, '2026-09-30', { value: 3, unit: '自然日' })).toBe(1)
  })

  it('counts the working days inside a 自然日 limit that crosses 国庆', () => {
    // 10-01 to 10-15: 8, 9, 10 (Saturday worked), 12, 13, 14, 15.
    expect(limitEndDate(cal, '2026-09-30', { value: 15, unit: '自然日' })).toBe('2026-10-15')
    expect(limitWorkingDays(cal, '2026-09-30', { value: 15, unit: '自然日' })).toBe(7)
  })

  it('moves a 自然日 limit ending on an ordinary Sunday to the Monday', () => {
    // Thursday 2026-03-05 + 10 days = Sunday 15 March.
    expect(limitEndDate(cal, '2026-03-05', { value: 10, unit: '自然日' })).toBe('2026-03-16')
    expect(limitWorkingDays(cal, '2026-03-05', { value: 10, unit: '自然日' })).toBe(7)
  })

  it('ends a limit of 0 on the day itself, or on the next working day when that day rests', () => {
    expect(limitEndDate(cal, '2026-10-09', { value: 0, unit: '工作日' })).toBe('2026-10-09')
    expect(limitEndDate(cal, '2026-10-03', { value: 0, unit: '自然日' })).toBe('2026-10-08')
  })

  it('gives the fewest and most working days of a limit over the days of a week without holidays', () => {
    // 14 days from a Monday end on a Monday (10); from a Saturday they end on a Saturday, moved to Monday (11).
    expect(overAnyWeek((c, day) => limitWorkingDays(c, day, { value: 14, unit: '自然日' }))).toEqual({ least: 10, most: 11 })
    expect(overAnyWeek((c, day) => limitWorkingDays(c, day, { value: 28, unit: '自然日' }))).toEqual({ least: 20, most: 21 })
    expect(overAnyWeek((c, day) => limitWorkingDays(c, day, { value: 20, unit: '工作日' }))).toEqual({ least: 20, most: 20 })
  })
})
