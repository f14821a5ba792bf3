import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CalendarFile } from '../../core/calendar/calendar-file.ts'
import { checkCalendars } from '../../core/calendar/check-calendar.ts'
import { buildCalendar, type WorkingCalendar } from '../../core/calendar/working-days.ts'

/** Thrown at start-up when a calendar file is broken; the message lists each problem with its file. */
export class CalendarInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`The working-day calendar is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`)
    this.name = 'CalendarInvalidError'
  }
}

/** Parses and checks calendar files given as text; returns the calendar or the located problems. */
export function parseCalendars(files: { path: string; text: string }[]): { calendar: WorkingCalendar; problems: string[] } {
  const problems: string[] = []
  const good: { file: string; value: CalendarFile }[] = []
  for (const { path, text } of files) {
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (e) {
      problems.push(`${path}  /  not valid JSON: ${(e as Error).message}`)
      continue
    }
    const parsed = CalendarFile.safeParse(raw)
    if (parsed.success) good.push({ file: path, value: parsed.data })
    else problems.push(...parsed.error.issues.map((i) => `${path}  /${i.path.join('/')}  ${i.message}`))
  }
  problems.push(...checkCalendars(good).map((f) => `${f.file}  ${f.pointer}  ${f.message}`))
  return { calendar: buildCalendar(good.map((g) => g.value)), problems }
}

/**
 * Reads content/calendar/<year>.json under the content folder. Without any file, weekends alone rest.
 *
 * @throws CalendarInvalidError listing every problem
 */
export async function loadCalendar(contentDir: string): Promise<WorkingCalendar> {
  const dir = join(contentDir, 'content', 'calendar')
  const names = await readdir(dir).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? [] : Promise.reject(e)))
  const files = await Promise.all(
    names.filter((n) => n.endsWith('.json')).sort().map(async (n) => ({ path: `content/calendar/${n}`, text: await readFile(join(dir, n), 'utf8') })),
  )
  const { calendar, problems } = parseCalendars(files)
  if (problems.length > 0) throw new CalendarInvalidError(problems)
  return calendar
}
