import { cellText } from '../workbook.ts'
import { serialDate } from './date-styles.ts'
import { attributes, elements, firstElement, runsText, spreadsheetText, xmlText } from './xml-text.ts'

/** What a sheet's cells refer to elsewhere in the workbook. */
export interface SheetContext {
  readonly strings: readonly string[]
  readonly dateStyles: ReadonlySet<number>
  readonly date1904: boolean
}

/**
 * A worksheet's XML as rows of cell texts, rows[0] being row 1, with the text a spreadsheet shows:
 * shared and inline strings, rich text joined, numbers as written, formulas by their last result,
 * dates as 2026-11-20, and a merged range's text in each of its cells.
 */
export function sheetCells(xml: string, context: SheetContext): string[][] {
  const start = xml.search(/<(?:[\w.-]+:)?sheetData[\s/>]/)
  if (start === -1) return []
  const end = xml.search(/<\/(?:[\w.-]+:)?sheetData\s*>/)
  const data = end === -1 ? xml.slice(start) : xml.slice(start, end)
  const rows: string[][] = []
  let rowNumber = 0
  for (const row of elements(data, 'row')) {
    const r = Number(attributes(row.tag).r)
    rowNumber = r > 0 ? r : rowNumber + 1
    const cells: string[] = []
    let column = 0
    for (const c of elements(row.content, 'c')) {
      const a = attributes(c.tag)
      const at = a.r ? columnNumber(a.r) : 0
      column = at > 0 ? at : column + 1
      cells[column - 1] = cellText(valueOf(a, c.content, context))
    }
    rows[rowNumber - 1] = Array.from(cells, (text) => text ?? '')
  }
  const filled = Array.from(rows, (cells) => cells ?? [])
  if (end !== -1) spreadMerges(xml.slice(end), filled)
  return filled
}

function valueOf(a: Record<string, string>, content: string, context: SheetContext): string {
  if (a.t === 'inlineStr') return runsText(content)
  const v = firstElement(content, 'v')
  if (!v) return ''
  switch (a.t) {
    case 's':
      return context.strings[Number(v.content)] ?? ''
    case 'str':
      return spreadsheetText(v.content)
    case 'b':
      return Number(v.content) !== 0 ? 'true' : 'false'
    case 'e':
    case 'd':
      return xmlText(v.content)
    default: {
      const n = parseFloat(v.content)
      return context.dateStyles.has(Number(a.s ?? 0)) && Number.isFinite(n) ? serialDate(n, context.date1904) : String(n)
    }
  }
}

/** A1 -> 1, AB7 -> 28: the column of a cell reference, 0 when it has none. */
function columnNumber(ref: string): number {
  let n = 0
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32 // upper case
    if (code < 65 || code > 90) break
    n = n * 26 + code - 64
  }
  return n
}

/** Each merged range shows its first cell's text in all its cells, within the rows and columns the sheet has. */
function spreadMerges(tail: string, rows: string[][]): void {
  const width = rows.reduce((most, r) => Math.max(most, r.length), 0)
  for (const { tag } of elements(tail, 'mergeCell')) {
    const m = /^([A-Za-z]+)(\d+):([A-Za-z]+)(\d+)$/.exec(attributes(tag).ref ?? '')
    if (!m) continue
    const [top, bottom] = [Number(m[2]) - 1, Math.min(Number(m[4]) - 1, rows.length - 1)]
    const [left, right] = [columnNumber(m[1]!) - 1, Math.min(columnNumber(m[3]!) - 1, width - 1)]
    const text = rows[top]?.[left] ?? ''
    for (let r = top; r <= bottom; r++) {
      const row = rows[r]!
      for (let c = left; c <= right; c++) if (r !== top || c !== left) row[c] = text
      for (let c = 0; c < row.length; c++) row[c] ??= ''
    }
  }
}
