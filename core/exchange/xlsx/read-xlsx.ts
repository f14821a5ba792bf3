import type { Workbook } from '../workbook.ts'
import { dateStyles } from './date-styles.ts'
import { packageParts, type ReadPart } from './package-parts.ts'
import { sharedStrings } from './shared-strings.ts'
import { sheetCells } from './sheet-cells.ts'

/**
 * An .xlsx workbook as sheets of cell texts, from its parts' text (the caller unzips). Reads only
 * what a guide sheet holds: each sheet's cells, the shared strings they name, the styles that mark dates.
 */
export function readXlsx(file: string, read: ReadPart): Workbook {
  const parts = packageParts(read)
  const context = {
    strings: parts.sharedStrings ? sharedStrings(read(parts.sharedStrings) ?? '') : [],
    dateStyles: parts.styles ? dateStyles(read(parts.styles) ?? '') : new Set<number>(),
    date1904: parts.date1904,
  }
  return { file, sheets: parts.sheets.map((sheet) => ({ name: sheet.name, rows: sheetCells(read(sheet.path) ?? '', context) })) }
}
