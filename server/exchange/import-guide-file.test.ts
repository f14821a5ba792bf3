import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { Matter } from '../../core/content/matter.ts'
import { readGuideSheet } from '../../core/exchange/read-guide-sheet.ts'
import { writeGuideSheet } from '../../core/exchange/write-guide-sheet.ts'
import type { Workbook } from '../../core/exchange/workbook.ts'
import { loadContentOrExplain } from '../content/load-content.ts'
import { guideReferences } from './guide-references-of.ts'
import { readGuideFile, writeGuideFile } from './guide-file.ts'
import { importGuideFile } from './import-guide-file.ts'

const repo = join(import.meta.dirname, '../..')
let catalogue: Catalogue
const temps: string[] = []

beforeAll(async () => {
  catalogue = await loadContentOrExplain(repo)
})
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'import-'))
  temps.push(dir)
  return dir
}

/** A copy of the shipped content and scenes to import into. */
async function contentCopy(): Promise<string> {
  const dir = await temp()
  await cp(join(repo, 'content'), join(dir, 'content'), { recursive: true })
  await cp(join(repo, 'scenes'), join(dir, 'scenes'), { recursive: true })
  return dir
}

const sorted = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v

function exported(file = 'catalogue.xlsx'): Workbook {
  return writeGuideSheet(file, catalogue.matters, guideReferences(catalogue))
}

/** Changes one cell of the main sheet, found by its header and the row's 实施编码. */
function withCell(book: Workbook, code: string, header: string, value: string): Workbook {
  const [main, ...rest] = book.sheets
  const [head, ...rows] = main!.rows
  const column = head!.indexOf(header)
  const codeAt = head!.indexOf('实施编码')
  return { ...book, sheets: [{ ...main!, rows: [head!, ...rows.map((r) => (r[codeAt] === code ? r.map((c, i) => (i === column ? value : c)) : r))] }, ...rest] }
}

function withoutColumn(book: Workbook, header: string): Workbook {
  const [main, ...rest] = book.sheets
  const column = main!.rows[0]!.indexOf(header)
  return { ...book, sheets: [{ ...main!, rows: main!.rows.map((r) => r.filter((_, i) => i !== column)) }, ...rest] }
}

// Each case reads or writes the whole shipped catalogue as a spreadsheet, and checks it.
vi.setConfig({ testTimeout: 60_000 })

describe('the guide spreadsheet', () => {
  it('carries every field of every shipped matter: a sheet alone rebuilds the same matters', () => {
    const read = readGuideSheet(exported(), [], guideReferences(catalogue))
    expect(read.problems).toEqual([])
    expect(read.matters).toHaveLength(catalogue.matters.length)
    for (const matter of catalogue.matters) {
      expect(sorted(Matter.parse(read.matters.find((m) => m.id === matter.id))), matter.id).toEqual(sorted({ ...matter, $schema: '../schemas/matter.schema.json' }))
    }
  })

  it('exports to .xlsx and to exchange JSON that both import back as the same matters', async () => {
    const dir = await temp()
    for (const name of ['catalogue.xlsx', 'catalogue.json']) {
      await writeGuideFile(join(dir, name), exported(name))
      const read = readGuideSheet(await readGuideFile(join(dir, name), name), [], guideReferences(catalogue))
      expect(read.problems, name).toEqual([])
      expect(sorted(read.matters.map((m) => m.id).sort())).toEqual(catalogue.matters.map((m) => m.id).sort())
      const food = read.matters.find((m) => m.id === 'food-business-licence')
      expect(sorted(Matter.parse(food))).toEqual(sorted({ ...catalogue.matters.find((m) => m.id === 'food-business-licence'), $schema: '../schemas/matter.schema.json' }))
    }
    const json = JSON.parse(await readFile(join(dir, 'catalogue.json'), 'utf8')) as { matters: Record<string, unknown>[] }
    const tobacco = json.matters.find((m) => m.TASK_CODE === '11350799MB1D03307W4000193001000')!
    expect(tobacco).toMatchObject({ TASK_NAME: '烟草专卖零售许可证核发', ANTICIPATE_DAY: '20个工作日', PROMISE_DAY: '5个工作日', LIMIT_SCENE_NUM: '1', IS_FEE: '否' })
    expect((tobacco.MATERIALS as Record<string, string>[])[0]).toMatchObject({ MATERIAL_NAME: '烟草专卖零售许可证申请表', IS_NEED: '是' })
  })
})

describe('npm run import', () => {
  it('changes nothing when the sheet says what the files say', async () => {
    const root = await contentCopy()
    await writeGuideFile(join(root, 'same.xlsx'), exported())
    const report = await importGuideFile({ root, file: join(root, 'same.xlsx') })
    expect(report.problems).toEqual([])
    expect(report.plan).toMatchObject({ added: [], changed: [], missing: [], writes: [] })
    expect(report.plan.unchanged).toHaveLength(catalogue.matters.length)
  })

  it('reports a bad cell at its address and column, writes nothing for that row, and imports the rest', async () => {
    const root = await contentCopy()
    const tobacco = '11350799MB1D03307W4000193001000'
    const seal = catalogue.matters.find((m) => m.id === 'company-seal-engraving')!
    let book = withCell(exported(), tobacco, '承诺办结时限', '五天')
    book = withCell(book, seal.code.implementation, '承诺办结时限', '1个工作日')
    await writeGuideFile(join(root, 'edited.xlsx'), book)
    const before = await readFile(join(root, 'content/matters/tobacco-retail-licence.json'), 'utf8')
    const report = await importGuideFile({ root, file: join(root, 'edited.xlsx') })
    const column = book.sheets[0]!.rows[0]!.indexOf('承诺办结时限')
    const row = book.sheets[0]!.rows.findIndex((r) => r.includes(tobacco)) + 1
    expect(report.problems).toEqual([{ cell: `${join(root, 'edited.xlsx')}:实施清单!${String.fromCharCode(65 + column)}${row}`, column: '承诺办结时限', message: expect.stringContaining('20个工作日') }])
    expect(await readFile(join(root, 'content/matters/tobacco-retail-licence.json'), 'utf8')).toBe(before)
    expect(report.plan.changed).toEqual(['company-seal-engraving'])
    const written = JSON.parse(await readFile(join(root, 'content/matters/company-seal-engraving.json'), 'utf8'))
    expect(written.promisedLimit).toMatchObject({ value: 1, unit: '工作日' })
  })

  it('keeps hand edits to fields the sheet has no column for', async () => {
    const root = await contentCopy()
    const path = join(root, 'content/matters/tobacco-retail-licence.json')
    const file = JSON.parse(await readFile(path, 'utf8'))
    file.keywords = [...file.keywords, '卷烟零售']
    await writeFile(path, JSON.stringify(file, null, 2))
    const book = withCell(withoutColumn(exported(), '关键词'), '11350799MB1D03307W4000193001000', '办理时间', catalogue.matters.find((m) => m.id === 'tobacco-retail-licence')!.hours.zh)
    await writeGuideFile(join(root, 'no-keywords.xlsx'), book)
    const report = await importGuideFile({ root, file: join(root, 'no-keywords.xlsx') })
    expect(report.problems).toEqual([])
    expect(report.plan.changed).toEqual([])
    expect(JSON.parse(await readFile(path, 'utf8')).keywords).toContain('卷烟零售')
  })

  it('reads differently named columns through a mapping, and lists names it cannot match', async () => {
    const root = await contentCopy()
    const book = exported()
    const renamed: Workbook = { ...book, sheets: [{ ...book.sheets[0]!, rows: [book.sheets[0]!.rows[0]!.map((h) => (h === '事项名称' ? '办件名称' : h)), ...book.sheets[0]!.rows.slice(1)] }, ...book.sheets.slice(1)] }
    const tobacco = '11350799MB1D03307W4000193001000'
    await writeGuideFile(join(root, 'renamed.xlsx'), withCell(withCell(renamed, tobacco, '实施主体', '江川市烟草专卖总局'), tobacco, '办理窗口', '99号窗口'))
    const report = await importGuideFile({ root, file: join(root, 'renamed.xlsx'), mapping: { 办件名称: '事项名称' } })
    expect(report.unmatched.map((u) => [u.what, u.name])).toEqual([
      ['department', '江川市烟草专卖总局'],
      ['window', '99号窗口'],
    ])
    expect(report.plan.unchanged).toHaveLength(catalogue.matters.length - 1)
  })

  it('adds a new matter from a row, lists it on its window, and the content still checks', async () => {
    const root = await contentCopy()
    const book = exported()
    const [head, ...rows] = book.sheets[0]!.rows
    const tobaccoRow = rows.find((r) => r.includes('11350799MB1D03307W4000193001000'))!
    const set = (row: readonly string[], values: Record<string, string>) => row.map((c, i) => values[head![i]!] ?? c)
    const newRow = set(tobaccoRow, {
      事项标识: '',
      事项名称: '烟草专卖零售许可证延续',
      '事项名称（英文）': 'Renewal of a tobacco retail licence',
      实施编码: '11350799MB1D03307W4000193002000',
      基本编码: '000193002000',
    })
    const copied = (rows: readonly (readonly string[])[]) => rows.filter((r) => r[0] === '11350799MB1D03307W4000193001000').map((r) => ['11350799MB1D03307W4000193002000', ...r.slice(1)])
    const withNew: Workbook = { ...book, sheets: [{ ...book.sheets[0]!, rows: [head!, ...rows, newRow] }, ...book.sheets.slice(1).map((s) => ({ ...s, rows: [...s.rows, ...copied(s.rows)] }))] }
    await writeGuideFile(join(root, 'new.xlsx'), withNew)
    const report = await importGuideFile({ root, file: join(root, 'new.xlsx') })
    expect(report.problems).toEqual([])
    expect(report.plan.added).toEqual(['renewal-of-a-tobacco-retail-licence'])
    const layout = JSON.parse(await readFile(join(root, 'content/hall/layout.json'), 'utf8'))
    expect(layout.windows.find((w: { number: number }) => w.number === 11).matters).toContain('renewal-of-a-tobacco-retail-licence')
    const reloaded = await loadContentOrExplain(root)
    expect(reloaded.matters.find((m) => m.id === 'renewal-of-a-tobacco-retail-licence')?.materials).toHaveLength(5)
  })
})

describe('a provincial CSV without English', () => {
  const csv = (rows: string[][]) => `\uFEFF${rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`

  it('updates the Chinese it carries, keeps the English of unchanged texts, and reads multi-line materials', async () => {
    const root = await contentCopy()
    const tobacco = catalogue.matters.find((m) => m.id === 'tobacco-retail-licence')!
    const lines = tobacco.materials.map((m, i) => `${i + 1}. ${m.name.zh}（${m.kind.join('、')}；${m.medium.join('、')}；${i === 2 ? 2 : m.copies}份；${m.required ? '必要' : '非必要'}；${m.source}）`)
    await writeFile(
      join(root, 'province.csv'),
      csv([
        ['事项名称', '实施编码', '承诺办结时限', '办理时间', '申请材料'],
        [tobacco.name.zh, tobacco.code.implementation, '4个工作日', tobacco.hours.zh, lines.join('\n')],
      ]),
    )
    const report = await importGuideFile({ root, file: join(root, 'province.csv') })
    expect(report.problems).toEqual([])
    expect(report.plan.changed).toEqual(['tobacco-retail-licence'])
    const written = JSON.parse(await readFile(join(root, 'content/matters/tobacco-retail-licence.json'), 'utf8'))
    expect(written.promisedLimit).toMatchObject({ value: 4, unit: '工作日' })
    expect(written.name).toEqual(tobacco.name)
    expect(written.materials[2]).toEqual({ ...tobacco.materials[2], copies: 2 })
    expect(written.materials[1]).toEqual(tobacco.materials[1])
  })

  it('refuses a changed text or a new material that has no English, at its cell', async () => {
    const root = await contentCopy()
    const tobacco = catalogue.matters.find((m) => m.id === 'tobacco-retail-licence')!
    await writeFile(
      join(root, 'province.csv'),
      csv([
        ['事项名称', '实施编码', '申请材料'],
        [`${tobacco.name.zh}（新）`, tobacco.code.implementation, `1. ${tobacco.materials[0]!.name.zh}\n2. 消防安全承诺书（原件；纸质；1份；必要；申请人自备）`],
      ]),
    )
    const report = await importGuideFile({ root, file: join(root, 'province.csv'), dryRun: true })
    expect(report.problems.map((p) => [p.cell.replace(root, ''), p.column])).toEqual([
      ['/province.csv:实施清单!A2', '事项名称'],
      ['/province.csv:实施清单!C2', '申请材料'],
    ])
    expect(report.problems[1]!.message).toContain('消防安全承诺书')
    expect(report.plan.writes).toEqual([])
  })
})

describe('the sample spreadsheet in content/import-sample', () => {
  const sample = join(repo, 'content/import-sample/江川市政务服务中心-实施清单.xlsx')
  const newest = [
    'company-simplified-deregistration', 'employment-registration-certificate', 'food-business-licence-change', 'household-registration-transfer-in',
    'housing-fund-withdrawal-rent', 'mortgage-deregistration', 'public-place-hygiene-licence', 'remote-medical-treatment-filing',
    'residence-permit-application', 'resident-id-card-application', 'sole-trader-deregistration', 'tax-deregistration',
    'unemployment-insurance-benefit', 'urban-rural-pension-enrolment',
  ]

  it('holds at least 40 matters, and into content without the 14 newest it adds exactly the shipped files', async () => {
    const root = await contentCopy()
    for (const id of newest) await rm(join(root, `content/matters/${id}.json`))
    const layoutPath = join(root, 'content/hall/layout.json')
    const layout = JSON.parse(await readFile(layoutPath, 'utf8'))
    for (const w of layout.windows) w.matters = w.matters.filter((id: string) => !newest.includes(id))
    await writeFile(layoutPath, JSON.stringify(layout, null, 2))

    const report = await importGuideFile({ root, file: sample })
    expect(report.rows).toBeGreaterThanOrEqual(40)
    expect(report.problems).toEqual([])
    expect(report.plan.added.sort()).toEqual(newest)
    expect(report.plan.changed).toEqual([])
    for (const id of newest) {
      const written = await readFile(join(root, `content/matters/${id}.json`), 'utf8')
      expect(written, id).toBe(await readFile(join(repo, `content/matters/${id}.json`), 'utf8'))
    }
    const windows = (l: { windows: { number: number; matters: string[] }[] }) => l.windows.map((w) => [w.number, [...w.matters].sort()])
    expect(windows(JSON.parse(await readFile(layoutPath, 'utf8')))).toEqual(windows(JSON.parse(await readFile(join(repo, 'content/hall/layout.json'), 'utf8'))))
  })
})
