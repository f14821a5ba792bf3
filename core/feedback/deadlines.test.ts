import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CalendarFile } from '../calendar/calendar-file.ts'
import { buildCalendar } from '../calendar/working-days.ts'
import { dueFor, urgencyOf } from './deadlines.ts'

const cal = buildCalendar([CalendarFile.parse(JSON.parse(readFileSync(new URL('../../content/calendar/2026.json', import.meta.url), 'utf8')))])

describe('case deadlines in working days', () => {
  it('gives a complaint made at 10:00 on 30 September ten working days, ending 20 October at midnight Beijing time', () => {
    const due = dueFor(cal, new Date('2026-09-30T02:00:00Z'), 10)
    expect(due.dueDate).toBe('2026-10-20')
    expect(due.dueAt.toISOString()).toBe('2026-10-20T15:59:59.999Z')
  })

  it('counts a complaint made late on 30 September (already 1 October in Beijing) from 1 October', () => {
    expect(dueFor(cal, new Date('2026-09-30T17:00:00Z'), 1).dueDate).toBe('2026-10-08')
  })

  it('marks a case due soon two working days ahead across the holiday, and overdue the day after its due date', () => {
    expect(urgencyOf(cal, new Date('2026-09-30T02:00:00Z'), '2026-10-09')).toEqual({ state: 'due-soon', workingDaysLeft: 2 })
    expect(urgencyOf(cal, new Date('2026-09-30T02:00:00Z'), '2026-10-10')).toEqual({ state: 'on-time', workingDaysLeft: 3 })
    expect(urgencyOf(cal, new Date('2026-10-09T02:00:00Z'), '2026-10-09')).toEqual({ state: 'due-soon', workingDaysLeft: 0 })
    expect(urgencyOf(cal, new Date('2026-10-12T02:00:00Z'), '2026-10-09')).toEqual({ state: 'overdue', workingDaysLeft: -2 })
  })
})
