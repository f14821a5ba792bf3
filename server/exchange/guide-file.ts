import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import ExcelJS from 'exceljs'
import { exchangeToWorkbook, workbookToExchange } from '../../core/exchange/exchange-json.ts'
import type { Sheet, Workbook } from '../../core/exchange/workbook.ts'

/** Reads a guide spreadsheet (.xlsx, .csv) or exchange file (.json) as sheets of cell texts. */
export async function readGuideFile(path: string, shownAs = path): Promise<Workbook> {
  const type = extname(path).toLowerCase()
  if (type === '.json') return exchangeToWorkbook(shownAs, JSON.parse(await readFile(path, 'utf8')))
  const book = new ExcelJS.Workbook()
  if (type === '.csv') {
    // exceljs reads CSV through fast-csv; a UTF-8 byte order mark, as Excel writes, is dropped.
    const sheet = await book.csv.readFile(path, { parserOptions: { trim: false } })
    sheet.name = '实施清单'
  } else if (type === '.xlsx') {
    await book.xlsx.readFile(path)
  } else {
    throw new Error(`${shownAs}: read .xlsx, .csv or .json files (an .xls file: save it as .xlsx first)`)
  }
  return { file: shownAs, sheets: book.worksheets.map(sheetOf) }
}

function sheetOf(sheet: ExcelJS.Worksheet): Sheet {
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').trim()
    })
    rows[number - 1] = Array.from(cells, (c) => c ?? '')
  })
  return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []) }
}

/** Writes sheets to .xlsx (wrapped text, a frozen header) or the exchange JSON. */
export async function writeGuideFile(path: string, workbook: Workbook): Promise<void> {
  if (extname(path).toLowerCase() === '.json') {
    const { writeFile } = await import('node:fs/promises')
    await writeFile(path, `${JSON.stringify(workbookToExchange(workbook), null, 2)}\n`)
    return
  }
  const book = new ExcelJS.Workbook()
  for (const sheet of workbook.sheets) {
    const out = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    for (const row of sheet.rows) out.addRow([...row])
    out.getRow(1).font = { bold: true }
    out.columns.forEach((column) => {
      column.width = 18
      column.alignment = { wrapText: true, vertical: 'top' }
    })
  }
  await book.xlsx.writeFile(path)
}
