import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatProblem } from '../../core/content/problem.ts'
import { writeLargeCatalogue } from '../../test/support/large-catalogue.ts'
import { readSourceFiles } from './read-source-files.ts'
import { contentReloader } from './reload-content.ts'

const root = mkdtempSync(join(tmpdir(), 'lobby-reload-'))
const file = join(root, 'content/matters/food-business-licence.json')
// Issues no electronic licence, so breaking it leaves every other file's checks as they were.
const allowance = join(root, 'content/matters/childbirth-allowance.json')
let files = 0

beforeAll(async () => {
  await writeLargeCatalogue(root, 400)
  files = (await readSourceFiles(root)).length
}, 60_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('reloading content under npm run dev', () => {
  it('reads and parses only the matter file that changed, and serves its new text', async () => {
    const content = contentReloader(root)
    const first = await content.load()
    expect(first.catalogue?.matters).toHaveLength(400)
    const before = content.counts()
    expect(before.reads).toBe(files)
    expect(before.parses).toBeGreaterThanOrEqual(400)

    const matter = JSON.parse(readFileSync(file, 'utf8'))
    writeFileSync(file, JSON.stringify({ ...matter, name: { zh: '食品经营许可（新办）2027版', en: 'Food business licence (new), 2027' } }, null, 2))
    const second = await content.load()
    expect(content.counts()).toEqual({ reads: before.reads + 1, parses: before.parses + 1 })
    expect(second.catalogue?.matters.find((m) => m.id === 'food-business-licence')?.name.zh).toBe('食品经营许可（新办）2027版')

    const again = await content.load()
    expect(content.counts()).toEqual({ reads: before.reads + 1, parses: before.parses + 1 })
    expect(again.catalogue?.matters).toHaveLength(400)
  }, 60_000)

  it('reports a broken edit in its file and serves again once it is fixed', async () => {
    const content = contentReloader(root)
    await content.load()
    const before = content.counts()
    const good = readFileSync(allowance, 'utf8')
    writeFileSync(allowance, good.replace('"kind": "承诺"', '"kind": "很快"'))
    const broken = await content.load()
    expect(broken.catalogue).toBeNull()
    expect(broken.problems.map(formatProblem)).toEqual([expect.stringMatching(/^content\/matters\/childbirth-allowance\.json:\d+:\d+ {2}\/kind {2}/)])
    writeFileSync(allowance, good)
    expect((await content.load()).catalogue?.matters).toHaveLength(400)
    expect(content.counts()).toEqual({ reads: before.reads + 2, parses: before.parses + 2 })
  }, 60_000)
})
