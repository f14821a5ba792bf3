import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { cellText } from '../../core/exchange/workbook.ts'
import { xlsxParts, zipOf } from '../../test/support/zip-of.ts'
import { readGuideFile, writeGuideFile } from './guide-file.ts'

const repo = join(import.meta.dirname, '../..')
const sample = join(repo, 'content/import-sample/江川市政务服务中心-实施清单.xlsx')
const temps: string[] = []
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'guide-file-'))
  temps.push(dir)
  return dir
}

/** The sheets as exceljs's whole-workbook reader shows them: what imports read before they read .xlsx directly. */
async function asExceljsReadsIt(path: string) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(path)
  return book.worksheets.map((sheet) => {
    const rows: string[][] = []
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = []
      row.eachCell({ includeEmpty: true }, (cell, c) => (cells[c - 1] = cellText(cell.text)))
      rows[n - 1] = Array.from(cells, (c) => c ?? '')
    })
    const trimmed = (r: readonly string[] = []) => r.slice(0, r.findLastIndex((c) => c !== '') + 1)
    return { name: sheet.name, rows: Array.from(rows, (r) => trimmed(r)) }
  })
}
const withoutTrailingEmpties = (sheets: readonly { name: string; rows: readonly (readonly string[])[] }[]) =>
  sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.slice(0, r.findLastIndex((c) => c !== '') + 1)) }))

describe('reading a guide .xlsx', () => {
  it('reads the sample workbook cell for cell as exceljs reads it', async () => {
    const read = await readGuideFile(sample, 'sample.xlsx')
    expect(read.file).toBe('sample.xlsx')
    expect(read.sheets.map((s) => s.name)).toEqual(['实施清单', '申请材料', '设定依据', '办理流程', '特别程序', '收费项目', '常见问题'])
    expect(read.sheets[0]!.rows[0]!.slice(0, 3)).toEqual(['事项标识', '事项名称', '事项名称（英文）'])
    expect(withoutTrailingEmpties(read.sheets)).toEqual(await asExceljsReadsIt(sample))
  })

  it('keeps Chinese whole wherever a character falls across a 16 KiB or 64 KiB boundary of the file', async () => {
    // Cells as long as Excel allows (32,767 characters, ~90 KB of UTF-8 each) of 1-, 2-, 3- and 4-byte
    // characters, each shifted from the one before: the shared strings are ~750 KB, so dozens of
    // stream-chunk boundaries fall inside them, nearly all within a multi-byte character.
    const texts = Array.from({ length: 8 }, (_, i) => `${'x'.repeat(i)}${'办理食品经营许可（é）𠮷'.repeat(2400 + i)}${i}`)
    const dir = await temp()
    const path = join(dir, '长文本.xlsx')
    await writeGuideFile(path, { file: path, sheets: [{ name: '实施清单', rows: [['事项概述'], ...texts.map((t) => [t])] }, { name: '申请材料', rows: [['材料名称'], [texts[7]!]] }] })
    const read = await readGuideFile(path)
    expect(read.sheets[0]!.rows.slice(1).map((r) => r[0])).toEqual(texts)
    expect(read.sheets[1]!.rows[1]).toEqual([texts[7]])
  })

  it('reads a workbook other programs wrote: inline strings, sheet names with entities, styles at an absolute path, no chart sheets', async () => {
    const parts = xlsxParts(
      { '实施清单': '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>更新日期</t></is></c></row><row r="2"><c r="A2" s="1"><v>46346</v></c></row></sheetData>', 'A&B': '<sheetData/>' },
      { styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>' },
    )
    parts['xl/workbook.xml'] = parts['xl/workbook.xml']!.replace('</sheets>', '<sheet name="图表" sheetId="9" r:id="rIdC"/></sheets>')
    parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels']!.replace('</Relationships>', '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>')
    const dir = await temp()
    const path = join(dir, 'other.xlsx')
    await writeFile(path, zipOf(parts))
    expect((await readGuideFile(path)).sheets).toEqual([
      { name: '实施清单', rows: [['更新日期'], ['2026-11-20']] },
      { name: 'A&B', rows: [] },
    ])
  })

  it('says a file that is not a spreadsheet is not one', async () => {
    const dir = await temp()
    await writeFile(join(dir, 'list.xlsx'), '事项名称,实施编码\n')
    await expect(readGuideFile(join(dir, 'list.xlsx'))).rejects.toThrow('not an .xlsx spreadsheet')
    await writeFile(join(dir, 'other.xlsx'), zipOf({ 'word/document.xml': '<document/>' }))
    await expect(readGuideFile(join(dir, 'other.xlsx'))).rejects.toThrow('not an .xlsx spreadsheet')
  })
})
