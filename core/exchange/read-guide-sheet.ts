import { Matter } from '../content/matter.ts'
import type { Text } from '../content/text.ts'
import { readLines } from './cell-values.ts'
import { CODE_HEADER, MAIN_SHEET, listSheets, matterColumns, type Column, type ListSheet } from './guide-columns.ts'
import type { GuideReferences } from './guide-references.ts'
import { readMaterialLines } from './material-lines.ts'
import { getPath, setPath } from './paths.ts'
import { cellReader, type Unmatched } from './read-cell.ts'
import { resolveText, type Halves } from './text-halves.ts'
import { sheetRows, type CellProblem, type SheetRow, type Workbook } from './workbook.ts'

export interface GuideSheetResult {
  /** every row that passed the content model, as the matter file it becomes */
  readonly matters: Matter[]
  /** rows that did not, each problem at its cell; nothing is written for them */
  readonly problems: CellProblem[]
  readonly unmatched: Unmatched[]
  readonly rows: number
  /** every 实施编码 in the sheet, imported or not: a matter with one of them is not "missing" */
  readonly codes: ReadonlySet<string>
}

/** Header aliases from a mapping file: `{ "办件名称": "事项名称" }` reads that column as 事项名称. */
export type ColumnMapping = Readonly<Record<string, string>>

type Data = Record<string, unknown>

/**
 * Reads a guide spreadsheet into matter files. A row updates the file with its 实施编码; fields
 * the sheet has no column for keep what the file says, so hand edits survive a re-import.
 */
export function readGuideSheet(workbook: Workbook, existing: readonly Matter[], refs: GuideReferences, mapping: ColumnMapping = {}): GuideSheetResult {
  const aliases = new Map(Object.entries(mapping))
  const main = workbook.sheets.find((s) => s.name === MAIN_SHEET) ?? workbook.sheets[0]
  if (!main) return { matters: [], problems: [{ cell: workbook.file, column: '', message: 'the file has no sheet' }], unmatched: [], rows: 0, codes: new Set() }
  const rows = sheetRows(workbook.file, main, aliases)
  const problems: CellProblem[] = []
  if (rows.length > 0 && !rows[0]!.has(CODE_HEADER)) {
    problems.push({ cell: `${workbook.file}:${main.name}!1`, column: CODE_HEADER, message: `the sheet needs a column headed ${CODE_HEADER} (the implementation code that identifies each matter); name it in a --map file if it is headed differently` })
    return { matters: [], problems, unmatched: [], rows: rows.length, codes: new Set() }
  }
  const byCode = new Map(existing.map((m) => [m.code.implementation, m]))
  const listRows = new Map(
    listSheets.map((list) => {
      const sheet = workbook.sheets.find((s) => s.name === list.sheet)
      return [list, sheet ? sheetRows(workbook.file, sheet, aliases) : undefined] as const
    }),
  )
  // Each list sheet's rows by their 实施编码, found once: a sheet of thousands of matters has tens of thousands of them.
  const listRowsByCode = new Map([...listRows].map(([list, items]) => [list, items ? groupByCode(items) : undefined] as const))
  // Prerequisites may name matters that are new in this same sheet.
  const incoming = rows.map((row) => ({
    id: row.get('事项标识') || byCode.get(row.get(CODE_HEADER) ?? '')?.id || '',
    name: { zh: row.get('事项名称') ?? '', en: row.get('事项名称（英文）') ?? '' },
    code: { implementation: row.get(CODE_HEADER) ?? '' },
  }))
  const reader = cellReader({ ...refs, matters: [...refs.matters, ...incoming.filter((m) => m.id)] })
  const matters: Matter[] = []
  const seen = new Map<string, string>()

  for (const row of rows) {
    const rowProblems: CellProblem[] = []
    const problem = (cell: string, column: string, message: string) => rowProblems.push({ cell, column, message })
    const code = row.get(CODE_HEADER) ?? ''
    if (!code) {
      problem(row.at(CODE_HEADER), CODE_HEADER, 'the implementation code is empty')
      problems.push(...rowProblems)
      continue
    }
    const earlier = seen.get(code)
    if (earlier) {
      problem(row.at(CODE_HEADER), CODE_HEADER, `the same code is on ${earlier}`)
      problems.push(...rowProblems)
      continue
    }
    seen.set(code, row.at(CODE_HEADER))
    const before = byCode.get(code)
    const data: Data = before ? { ...before } : {}
    fillColumns(data, before as Data | undefined, row, matterColumns, reader.read.bind(reader), problem)
    const itemRows = new Map<string, readonly SheetRow[]>()
    for (const list of listSheets) {
      const byCode = listRowsByCode.get(list)
      const items = byCode ? (byCode.get(code) ?? []) : undefined
      if (items) itemRows.set(list.field, items)
      if (items) setPath(data, list.field, readListItems(list, items, (getPath(before, list.field) as Data[] | undefined) ?? [], reader.read.bind(reader), problem))
    }
    if (!listRows.get(listSheets[0]!) && row.has('申请材料')) {
      const read = readMaterialLines(row.get('申请材料') ?? '', (before?.materials ?? []) as Data[])
      if (read.ok) data.materials = read.value
      else problem(row.at('申请材料'), '申请材料', read.message)
    }
    if (!data.id) data.id = newId(data, matters, existing)
    if (!data.$schema) data.$schema = '../schemas/matter.schema.json'
    if (rowProblems.length === 0) {
      const parsed = Matter.safeParse(data)
      if (parsed.success) matters.push(stripDefaults(parsed.data, before))
      else for (const issue of parsed.error.issues) {
        const path = issue.path.join('.')
        const empty = listSheets.find((l) => path === l.field && itemRows.get(l.field)?.length === 0)
        if (empty) {
          problem(row.at(CODE_HEADER), CODE_HEADER, `the sheet ${empty.sheet} has no row for this 实施编码; the guide needs at least one`)
          continue
        }
        const list = listSheets.find((l) => path.startsWith(`${l.field}.`) && itemRows.has(l.field))
        if (list) {
          const [index = '0', ...rest] = path.slice(list.field.length + 1).split('.')
          const itemRow = itemRows.get(list.field)![Number(index)]
          const inner = rest.join('.')
          const itemCol = list.columns.find((c) => inner === c.path || inner.startsWith(`${c.path}.`))
          if (itemRow && itemCol && itemRow.has(itemCol.header)) {
            problem(itemRow.at(itemCol.header), `${list.sheet} ${itemCol.header}`, issue.message)
            continue
          }
        }
        const col = matterColumns.find((c) => path === c.path || path.startsWith(`${c.path}.`)) ?? matterColumns.find((c) => c.header === '事项名称')!
        problem(row.has(col.header) ? row.at(col.header) : row.at(CODE_HEADER), col.header, `${row.has(col.header) ? '' : `(no column ${col.header}) `}${path}: ${issue.message}`)
      }
    }
    problems.push(...rowProblems)
  }
  for (const [list, items] of listRows) {
    for (const r of items ?? []) {
      if (!seen.has(r.get(CODE_HEADER) ?? '')) problems.push({ cell: r.at(CODE_HEADER), column: CODE_HEADER, message: `no row on ${main.name} has this code, so this ${list.sheet} row belongs to no matter` })
    }
  }
  return { matters, problems, unmatched: reader.unmatched, rows: rows.length, codes: new Set(seen.keys()) }
}

function groupByCode(rows: readonly SheetRow[]): Map<string, SheetRow[]> {
  const groups = new Map<string, SheetRow[]>()
  for (const row of rows) {
    const code = row.get(CODE_HEADER) ?? ''
    const group = groups.get(code)
    if (group) group.push(row)
    else groups.set(code, [row])
  }
  return groups
}

type ReadCell = ReturnType<typeof cellReader>['read']
type Problem = (cell: string, column: string, message: string) => void

/** Sets every column the sheet has, then joins each text's two halves. */
function fillColumns(data: Data, before: Data | undefined, row: SheetRow, columns: readonly Column[], read: ReadCell, problem: Problem): void {
  const halves = new Map<string, Halves>()
  const lines = new Map<string, { zh?: string[]; en?: string[]; zhCell: string; enCell: string; enColumn: boolean }>()
  for (const c of columns) {
    const cell = row.get(c.header)
    if (cell === undefined) continue
    if (c.kind === 'zh' || c.kind === 'en') {
      const h = halves.get(c.path) ?? { zhCell: '', enCell: '', enColumn: false }
      if (c.kind === 'zh') Object.assign(h, { zh: cell, zhCell: row.at(c.header) })
      else Object.assign(h, { en: cell, enCell: row.at(c.header), enColumn: true })
      halves.set(c.path, h)
    } else if (c.kind === 'lines-zh' || c.kind === 'lines-en') {
      const l = lines.get(c.path) ?? { zhCell: '', enCell: '', enColumn: false }
      if (c.kind === 'lines-zh') Object.assign(l, { zh: readLines(cell), zhCell: row.at(c.header) })
      else Object.assign(l, { en: readLines(cell), enCell: row.at(c.header), enColumn: true })
      lines.set(c.path, l)
    } else {
      const value = read(c.kind, cell, row.at(c.header))
      if (value.ok) setPath(data, c.path, value.value)
      else problem(row.at(c.header), c.header, value.message)
    }
  }
  for (const [path, h] of halves) {
    if (h.zh === undefined) continue // only the English column: nothing to pair it with
    const resolved = resolveText(h, getPath(before, path) as Text | undefined)
    if (resolved.kind === 'text') setPath(data, path, resolved.value)
    else if (resolved.kind === 'empty') setPath(data, path, undefined)
    else problem(resolved.cell, columnOf(columns, path, resolved.cell === h.enCell), resolved.message)
  }
  for (const [path, l] of lines) {
    if (!l.zh) continue
    const earlier = (getPath(before, path) as Text[] | undefined) ?? []
    if (l.en && l.en.length > 0 && l.en.length !== l.zh.length) {
      problem(l.enCell, columnOf(columns, path, true), `${l.zh.length} Chinese lines but ${l.en.length} English lines: write one translation per line`)
      continue
    }
    const texts: Text[] = []
    l.zh.forEach((zh, i) => {
      const resolved = resolveText({ zh, en: l.en?.[i], zhCell: l.zhCell, enCell: l.enCell, enColumn: l.enColumn }, earlier.find((t) => t.zh === zh))
      if (resolved.kind === 'text') texts.push(resolved.value)
      else if (resolved.kind === 'problem') problem(resolved.cell, columnOf(columns, path, resolved.cell === l.enCell), `line ${i + 1}: ${resolved.message}`)
    })
    setPath(data, path, texts)
  }
}

function columnOf(columns: readonly Column[], path: string, english: boolean): string {
  return columns.find((c) => c.path === path && (c.kind === 'en' || c.kind === 'lines-en') === english)?.header ?? path
}

function readListItems(list: ListSheet, rows: readonly SheetRow[], before: readonly Data[], read: ReadCell, problem: Problem): Data[] {
  return rows.map((row) => {
    const zhProbe: Data = {}
    for (const c of list.columns.filter((c) => c.kind === 'zh')) {
      const cell = row.get(c.header)
      if (cell) setPath(zhProbe, c.path, { zh: cell })
    }
    for (const c of list.columns.filter((c) => c.kind === 'string')) {
      const cell = row.get(c.header)
      if (cell) setPath(zhProbe, c.path, cell)
    }
    const match = before.find((item) => list.identity(item) === list.identity(zhProbe))
    const item: Data = match ? { ...match } : {}
    fillColumns(item, match, row, list.columns, read, (cell, column, message) => problem(cell, `${list.sheet} ${column}`, message))
    if (list.field === 'materials' && !item.id) item.id = slugOf(String((item.name as Text | undefined)?.en ?? ''))
    return item
  })
}

/** A file name for a new matter from its English name, unique among the rest. */
function newId(data: Data, done: readonly Matter[], existing: readonly Matter[]): string {
  const base = slugOf(String((data.name as Text | undefined)?.en ?? '')) || 'matter'
  const taken = new Set([...done, ...existing].map((m) => m.id))
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}

export function slugOf(english: string): string {
  return english.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').split('-').slice(0, 6).join('-')
}

/** Lists that default to empty are left out of a new file when empty, and kept as the file had them. */
function stripDefaults(parsed: Matter, before: Matter | undefined): Matter {
  const result = { ...parsed } as Data
  for (const key of ['jointDepartments', 'keywords', 'specialProcedures', 'faq', 'prerequisites'] as const) {
    if (!(before && key in before) && Array.isArray(result[key]) && (result[key] as unknown[]).length === 0) delete result[key]
  }
  return result as Matter
}
