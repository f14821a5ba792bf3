import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CalendarFile } from './calendar-file.ts'
import { deadlineWithStops } from './stopped-deadline.ts'
import { buildCalendar } from './working-days.ts'

const year = (y: number) => CalendarFile.parse(JSON.parse(readFileSync(new URL(`../../content/calendar/${y}.json`, import.meta.url), 'utf8')))
const cal = buildCalendar([year(2026), year(2027)])
const fiveWorkingDays = { value: 5, unit: '工作日' } as const

describe('a promised limit with the correction time taken out', () => {
  it('is the plain limit when the clock never stopped', () => {
    // Mon 28 Sep + 5 working days: 29, 30 Sep, then 国庆 rests until 8, 9, 10 (adjusted Saturday) Oct.
    expect(deadlineWithStops(cal, '2026-09-28', fiveWorkingDays, [])).toEqual({ state: 'running', dueDate: '2026-10-10', stoppedWorkingDays: 0 })
  })

  it('takes out only the working days of a stop that spans 国庆', () => {
    // Asked on Tue 29 Sep (counts), back on Fri 9 Oct: 30 Sep, 8 and 9 Oct do not count; 国庆 rests anyway.
    // Counted: 29 Sep, then 10 (Sat, worked), 12, 13, 14 Oct.
    expect(deadlineWithStops(cal, '2026-09-28', fiveWorkingDays, [{ from: '2026-09-29', to: '2026-10-09' }])).toEqual({
      state: 'running', dueDate: '2026-10-14', stoppedWorkingDays: 3,
    })
  })

  it('has no due date while the citizen is still correcting, and says how many working days remain', () => {
    expect(deadlineWithStops(cal, '2026-09-28', fiveWorkingDays, [{ from: '2026-09-29', to: null }])).toEqual({
      state: 'stopped', since: '2026-09-29', workingDaysLeft: 4, stoppedWorkingDays: 0,
    })
  })

  it('adds up two rounds of corrections', () => {
    // Mon 2 Nov + 5: stops 3-5 Nov (4, 5 out) and 9-10 Nov (10 out): counted 3, 6, 9, 11, 12 Nov.
    const stops = [{ from: '2026-11-03', to: '2026-11-05' }, { from: '2026-11-09', to: '2026-11-10' }]
    expect(deadlineWithStops(cal, '2026-11-02', fiveWorkingDays, stops)).toEqual({ state: 'running', dueDate: '2026-11-12', stoppedWorkingDays: 3 })
  })

  it('stops a 自然日 limit by the working days it lasts', () => {
    // 10 自然日 from Mon 2 Nov end Thu 12 Nov: 8 working days; a stop of Tue 3 to Wed 4 Nov adds one.
    expect(deadlineWithStops(cal, '2026-11-02', { value: 10, unit: '自然日' }, [{ from: '2026-11-03', to: '2026-11-04' }])).toEqual({
      state: 'running', dueDate: '2026-11-13', stoppedWorkingDays: 1,
    })
  })

  it('does not move a deadline already reached when corrections are asked for afterwards', () => {
    expect(deadlineWithStops(cal, '2026-11-02', { value: 1, unit: '工作日' }, [{ from: '2026-11-05', to: null }])).toEqual({
      state: 'running', dueDate: '2026-11-03', stoppedWorkingDays: 0,
    })
  })
})
