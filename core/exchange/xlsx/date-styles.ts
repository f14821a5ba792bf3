import { attributes, elements, firstElement } from './xml-text.ts'

/**
 * Which cell styles show a number as a date. A date cell holds a day count, and a sheet that says
 * 2026-11-20 should read as that, not as 46346.
 */
export function dateStyles(stylesXml: string): Set<number> {
  const custom = new Map<number, string>()
  for (const { tag } of elements(stylesXml, 'numFmt')) {
    const a = attributes(tag)
    custom.set(Number(a.numFmtId), a.formatCode ?? '')
  }
  const dates = new Set<number>()
  const cellXfs = firstElement(stylesXml, 'cellXfs')
  if (!cellXfs) return dates
  let index = 0
  for (const { tag } of elements(cellXfs.content, 'xf')) {
    const id = Number(attributes(tag).numFmtId ?? 0)
    const format = custom.get(id)
    if (format === undefined ? builtInDate(id) : isDateFormat(format)) dates.add(index)
    index++
  }
  return dates
}

// The built-in formats that show a date: 14-17 and 22 everywhere, 27-36 and 50-58 in Chinese,
// Japanese and Korean Excel (e.g. 31 is yyyy"年"m"月"d"日"). Time-only formats (18-21, 45-47) are left as numbers.
const builtInDate = (id: number) => (id >= 14 && id <= 17) || id === 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)

/** A custom format shows a date when it has a year or day part outside quoted text and [colour] codes. */
export function isDateFormat(code: string): boolean {
  return /[yd]/i.test(code.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''))
}

/** A spreadsheet day count as an ISO date (with the time when it has one). */
export function serialDate(serial: number, date1904: boolean): string {
  // Day 1 is 1900-01-01, and Excel's 1900 counts a 29 February that never was: days after it are one ahead.
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial
  const date = new Date(Math.round((days - 25569) * 86_400_000))
  if (Number.isNaN(date.getTime())) return String(serial)
  const iso = date.toISOString()
  return Number.isInteger(serial) ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`
}
