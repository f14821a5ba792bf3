import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import ExcelJS from 'exceljs'
import { exchangeToWorkbook, workbookToExchange } from '../../core/exchange/exchange-json.ts'
import { cellText, type Sheet, type Workbook } from '../../core/exchange/workbook.ts'
import { readXlsx } from '../../core/exchange/xlsx/read-xlsx.ts'
import { openZip } from './zip-archive.ts'

/** Reads a guide spreadsheet (.xlsx, .csv) or exchange file (.json) as sheets of cell texts. */
export async function readGuideFile(path: string, shownAs = path): Promise<Workbook> {
  const type = extname(path).toLowerCase()
  if (type === '.json') return exchangeToWorkbook(shownAs, JSON.parse(await readFile(path, 'utf8')))
  if (type === '.xlsx') {
    // Read directly, not through exceljs: its model of every cell and style took most of an import's
    // time and memory at a centre's scale, and its streaming reader splits characters between chunks.
    const zip = openZip(await readFile(path))
    return readXlsx(shownAs, (part) => zip.read(part)?.toString('utf8'))
  }
  if (type !== '.csv') throw new Error(`${shownAs}: read .xlsx, .csv or .json files (an .xls file: save it as .xlsx first)`)
  // exceljs reads CSV through fast-csv; a UTF-8 byte order mark, as Excel writes, is dropped.
  const book = new ExcelJS.Workbook()
  const sheet = await book.csv.readFile(path, { parserOptions: { trim: false } })
  sheet.name = '实施清单'
  return { file: shownAs, sheets: [sheetOf(sheet)] }
}

function sheetOf(sheet: ExcelJS.Worksheet): Sheet {
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.text)
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
