import { describe, expect, it } from 'vitest'
import type { CalendarFile } from './calendar-file.ts'
import { CalendarFile as Schema } from './calendar-file.ts'
import { checkCalendars } from './check-calendar.ts'

const base: CalendarFile = { year: 2026, source: 'test', provisional: false, holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-07' }], adjustedWorkdays: ['2026-10-10'] }

describe('calendar checks', () => {
  it('accepts a consistent year', () => {
    expect(checkCalendars([{ file: 'content/calendar/2026.json', value: base }])).toEqual([])
  })

  it('reports a worked weekday, a worked day inside a holiday, a reversed range and a date in another year', () => {
    const bad: CalendarFile = {
      ...base,
      holidays: [{ name: '国庆节', from: '2026-10-07', to: '2026-10-01' }, { name: '元旦', from: '2025-12-31', to: '2026-01-03' }],
      adjustedWorkdays: ['2026-10-09', '2026-01-03'],
    }
    expect(checkCalendars([{ file: 'content/calendar/2026.json', value: bad }]).map((f) => `${f.pointer} ${f.message}`)).toEqual([
      '/holidays/0/to the holiday ends (2026-10-01) before it starts (2026-10-07)',
      '/holidays/1/from 2025-12-31 is not in 2026',
      '/adjustedWorkdays/0 2026-10-09 is a weekday already: list only weekend days worked (调休上班)',
      '/adjustedWorkdays/1 2026-01-03 is also inside the holiday 元旦',
    ])
  })

  it('reports two files for one year and a file named for another year', () => {
    const findings = checkCalendars([
      { file: 'content/calendar/2026.json', value: base },
      { file: 'content/calendar/2027.json', value: base },
    ])
    expect(findings.map((f) => `${f.file} ${f.message}`)).toEqual([
      'content/calendar/2027.json 2026 is already described by content/calendar/2026.json: keep one file per year',
      'content/calendar/2027.json the file describes 2026: name it 2026.json',
    ])
  })

  it('refuses a date that does not exist', () => {
    const result = Schema.safeParse({ ...base, adjustedWorkdays: ['2026-02-30'] })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('this date does not exist')
  })
})

