/**
 * A spreadsheet as the exchange code sees it: sheets of rows of cell texts, whatever file it came
 * from (xlsx, csv). Row and column numbers are kept so every problem can name its cell.
 */
export interface Sheet {
  readonly name: string
  /** rows[0] is the header row; every cell is trimmed text ('' when empty). */
  readonly rows: readonly (readonly string[])[]
}

export interface Workbook {
  readonly file: string
  readonly sheets: readonly Sheet[]
}

/** A cell's text as the sheet is read: no byte order mark, LF line breaks, no surrounding space. */
export function cellText(raw: string): string {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  return (text.indexOf('\r\n') === -1 ? text : text.replace(/\r\n/g, '\n')).trim()
}

/** Where a problem is: `file.xlsx:Sheet!C17`, and the column's header. */
export interface CellProblem {
  readonly cell: string
  readonly column: string
  readonly message: string
}

/** Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

export function cellAddress(file: string, sheet: string, columnIndex: number, rowIndex: number): string {
  return `${file}:${sheet}!${columnLetter(columnIndex)}${rowIndex + 1}`
}

/** One data row, read by header name, that can say where each of its cells is. */
export interface SheetRow {
  readonly sheet: string
  readonly rowIndex: number
  /** the header's cell text, or undefined when the sheet has no such column */
  get(header: string): string | undefined
  has(header: string): boolean
  at(header: string): string
}

export function sheetRows(file: string, sheet: Sheet, headerAliases: ReadonlyMap<string, string> = new Map()): SheetRow[] {
  const [header = [], ...data] = sheet.rows
  const index = new Map<string, number>()
  header.forEach((name, i) => {
    const canonical = headerAliases.get(name.trim()) ?? name.trim()
    if (canonical && !index.has(canonical)) index.set(canonical, i)
  })
  return data
    .map((cells, i) => ({ cells, rowIndex: i + 1 }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
    .map(({ cells, rowIndex }) => ({
      sheet: sheet.name,
      rowIndex,
      get: (name: string) => {
        const column = index.get(name)
        return column === undefined ? undefined : (cells[column] ?? '').trim()
      },
      has: (name: string) => index.has(name),
      at: (name: string) => cellAddress(file, sheet.name, index.get(name) ?? header.length, rowIndex),
    }))
}
