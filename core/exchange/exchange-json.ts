import { CODE_HEADER, MAIN_SHEET, listSheets, matterColumns } from './guide-columns.ts'
import type { Workbook } from './workbook.ts'

/**
 * The catalogue as exchange data for the provincial matter-management system: one record per
 * matter under the national field names (TASK_NAME, TASK_CODE, ANTICIPATE_DAY, …), its lists as
 * arrays of records. Values are the texts of the guide sheet's cells, so the JSON and the sheet
 * carry exactly the same and both import through one reader.
 */
export type ExchangeRecord = Record<string, string | Record<string, string>[]>

export function workbookToExchange(workbook: Workbook): { version: 1; matters: ExchangeRecord[] } {
  const byHeader = (headers: readonly string[], columns: readonly { header: string; key: string }[]) =>
    headers.map((h) => columns.find((c) => c.header === h)?.key ?? h)
  const [mainHeader = [], ...mainRows] = workbook.sheets.find((s) => s.name === MAIN_SHEET)?.rows ?? []
  const mainKeys = byHeader(mainHeader, [{ header: CODE_HEADER, key: 'TASK_CODE' }, ...matterColumns])
  const codeAt = mainHeader.indexOf(CODE_HEADER)
  return {
    version: 1,
    matters: mainRows.map((row) => {
      const record: ExchangeRecord = Object.fromEntries(mainKeys.map((key, i) => [key, row[i] ?? '']).filter(([, v]) => v !== ''))
      for (const list of listSheets) {
        const [header = [], ...rows] = workbook.sheets.find((s) => s.name === list.sheet)?.rows ?? []
        const keys = byHeader(header, list.columns)
        const own = rows.filter((r) => r[0] === row[codeAt])
        if (own.length > 0) {
          record[list.key] = own.map((r) => Object.fromEntries(keys.slice(2).map((key, i) => [key, r[i + 2] ?? '']).filter(([, v]) => v !== '')))
        }
      }
      return record
    }),
  }
}

export function exchangeToWorkbook(file: string, data: unknown): Workbook {
  const matters = (data as { matters?: unknown } | null)?.matters
  if (!Array.isArray(matters)) return { file, sheets: [] }
  const records = matters.filter((m): m is ExchangeRecord => m !== null && typeof m === 'object')
  const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')
  const main = [matterColumns.map((c) => c.header), ...records.map((r) => matterColumns.map((c) => text(r[c.key])))]
  const lists = listSheets.map((list) => ({
    name: list.sheet,
    rows: [
      [CODE_HEADER, '序号', ...list.columns.map((c) => c.header)],
      ...records.flatMap((r) => {
        const items = Array.isArray(r[list.key]) ? (r[list.key] as Record<string, unknown>[]) : []
        return items.map((item, i) => [text(r.TASK_CODE), String(i + 1), ...list.columns.map((c) => text(item[c.key]))])
      }),
    ],
  }))
  return { file, sheets: [{ name: MAIN_SHEET, rows: main }, ...lists] }
}
