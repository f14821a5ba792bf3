/** "10:32" in the citizen's local time, from an ISO timestamp. */
export function clockTime(iso: string): string {
  const d = new Date(iso)
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** "2026-12-25" in the citizen's local time. */
export function calendarDate(iso: string): string {
  const d = new Date(iso)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** "2026-12-25 10:32". */
export function dateTime(iso: string): string {
  return `${calendarDate(iso)} ${clockTime(iso)}`
}

const pad = (n: number) => String(n).padStart(2, '0')
