import type { CalendarFile } from './calendar-file.ts'

/** A problem in one calendar file, located by JSON pointer (the content loader adds line and column). */
export type CalendarFinding = { file: string; pointer: string; message: string }

/**
 * Checks what the schema cannot: dates inside the file's year, ranges in order, no date both a
 * holiday and a working day, adjusted workdays on weekends, and one file per year.
 */
export function checkCalendars(files: readonly { file: string; value: CalendarFile }[]): CalendarFinding[] {
  const findings: CalendarFinding[] = []
  const seen = new Map<number, string>()
  for (const { file, value } of files) {
    const earlier = seen.get(value.year)
    if (earlier) findings.push({ file, pointer: '/year', message: `${value.year} is already described by ${earlier}: keep one file per year` })
    seen.set(value.year, file)
    if (!file.endsWith(`/${value.year}.json`)) findings.push({ file, pointer: '/year', message: `the file describes ${value.year}: name it ${value.year}.json` })
    findings.push(...checkYear(file, value))
  }
  return findings
}

function checkYear(file: string, cal: CalendarFile): CalendarFinding[] {
  const findings: CalendarFinding[] = []
  const inYear = (d: string) => d.startsWith(`${cal.year}-`)
  cal.holidays.forEach((h, i) => {
    if (!inYear(h.from)) findings.push({ file, pointer: `/holidays/${i}/from`, message: `${h.from} is not in ${cal.year}` })
    if (!inYear(h.to)) findings.push({ file, pointer: `/holidays/${i}/to`, message: `${h.to} is not in ${cal.year}` })
    if (h.to < h.from) findings.push({ file, pointer: `/holidays/${i}/to`, message: `the holiday ends (${h.to}) before it starts (${h.from})` })
  })
  cal.adjustedWorkdays.forEach((d, i) => {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay()
    if (!inYear(d)) findings.push({ file, pointer: `/adjustedWorkdays/${i}`, message: `${d} is not in ${cal.year}` })
    if (weekday !== 0 && weekday !== 6) findings.push({ file, pointer: `/adjustedWorkdays/${i}`, message: `${d} is a weekday already: list only weekend days worked (调休上班)` })
    const clash = cal.holidays.findIndex((h) => h.from <= d && d <= h.to)
    if (clash >= 0) findings.push({ file, pointer: `/adjustedWorkdays/${i}`, message: `${d} is also inside the holiday ${cal.holidays[clash]!.name}` })
  })
  return findings
}
