import { describe, expect, it } from 'vitest'
import { isWorkingDay } from '../../core/calendar/working-days.ts'
import { repoRoot } from '../settings.ts'
import { loadCalendar, parseCalendars } from './load-calendar.ts'

describe('loading the working-day calendar', () => {
  it('reads the shipped years from content/calendar', async () => {
    const calendar = await loadCalendar(repoRoot)
    expect([...calendar.years].sort()).toEqual([2026, 2027])
    expect(isWorkingDay(calendar, '2026-10-10')).toBe(true)
  })

  it('names the file and place of each problem', () => {
    const { problems } = parseCalendars([
      { path: 'content/calendar/2026.json', text: '{"year": 2026,' },
      { path: 'content/calendar/2027.json', text: JSON.stringify({ year: 2027, source: 's', holidays: [], adjustedWorkdays: ['2027-13-01'] }) },
    ])
    expect(problems[0]).toMatch(/^content\/calendar\/2026\.json {2}\/ {2}not valid JSON/)
    expect(problems[1]).toBe('content/calendar/2027.json  /adjustedWorkdays/0  this date does not exist')
  })
})
