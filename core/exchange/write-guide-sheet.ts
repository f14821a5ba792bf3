import type { Matter } from '../content/matter.ts'
import { CODE_HEADER, MAIN_SHEET, listSheets, matterColumns } from './guide-columns.ts'
import type { GuideReferences } from './guide-references.ts'
import { getPath } from './paths.ts'
import { cellWriter } from './write-cell.ts'
import type { Workbook } from './workbook.ts'

/** The catalogue as a guide spreadsheet: the layout readGuideSheet reads, so an export imports back unchanged. */
export function writeGuideSheet(file: string, matters: readonly Matter[], refs: GuideReferences): Workbook {
  const write = cellWriter(refs)
  const main = {
    name: MAIN_SHEET,
    rows: [matterColumns.map((c) => c.header), ...matters.map((m) => matterColumns.map((c) => write(c, m)))],
  }
  const lists = listSheets.map((list) => ({
    name: list.sheet,
    rows: [
      [CODE_HEADER, '序号', ...list.columns.map((c) => c.header)],
      ...matters.flatMap((m) =>
        ((getPath(m, list.field) as unknown[] | undefined) ?? []).map((item, i) => [m.code.implementation, String(i + 1), ...list.columns.map((c) => write(c, item))]),
      ),
    ],
  }))
  return { file, sheets: [main, ...lists] }
}
