import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import { beforeAll, describe, expect, it } from 'vitest'
import { repositoryFiles } from '../../test/fixtures/content/fixture-files.ts'
import { comparisonOperators, Condition } from '../conditions/condition.ts'
import { parseCondition } from '../conditions/parse.ts'
import type { Catalogue, SourceFile } from '../content/catalogue.ts'
import { loadCatalogue } from '../content/load.ts'
import { checkScene } from './check-scene.ts'
import { buildOutcome } from './outcome.ts'
import { enumeratePaths } from './paths.ts'
import { SceneScript } from './script.ts'
import { walkPath } from './walk.ts'

// The editors' guide promises its example passes every check and lists every condition operator;
// these tests keep those promises true as the code and the content change.

const root = fileURLToPath(new URL('../..', import.meta.url))
const readme = await readFile(`${root}scenes/README.md`, 'utf8')

/** The fenced JSON block right after the `<!-- example-script -->` marker. */
function exampleText(markdown: string): string {
  const blocks = [...markdown.matchAll(/<!-- example-script -->\r?\n```json\r?\n([\s\S]*?)\r?\n```/g)]
  expect(blocks, 'exactly one ```json block marked <!-- example-script -->').toHaveLength(1)
  return blocks[0]![1]!
}

/** Rows of the table after `<!-- operators -->`: the operator (first column) and its example (last column). */
function operatorRows(markdown: string): { operator: string; example: string }[] {
  const after = markdown.split('<!-- operators -->')[1] ?? ''
  const table = after.trimStart().split(/\r?\n(?!\|)/)[0]!
  return table
    .split(/\r?\n/)
    .slice(2)
    .map((row) => row.split('|').map((cell) => cell.trim()).filter((cell, i, all) => i > 0 && i < all.length - 1))
    .map((cells) => ({ operator: cells[0]!.replaceAll('`', ''), example: cells.at(-1)!.replaceAll('`', '') }))
}

/** Every key a condition may carry besides `answer`, read from the Condition schema itself. */
function schemaOperators(): string[] {
  const union = (Condition as unknown as z.ZodLazy).unwrap() as z.ZodUnion<z.ZodObject[]>
  return union.options.flatMap((option) => Object.keys(option.shape).filter((key) => key !== 'answer'))
}

describe('the example script in scenes/README.md', () => {
  const text = exampleText(readme)
  const script = SceneScript.parse(JSON.parse(text))
  let files: SourceFile[]
  let catalogue: Catalogue

  beforeAll(async () => {
    files = repositoryFiles()
    const loaded = loadCatalogue(files)
    expect(loaded.problems).toEqual([])
    catalogue = loaded.catalogue!
  })

  it('passes every scene check against the real catalogue', () => {
    expect(checkScene(script, catalogue)).toEqual([])
  })

  it('passes npm run check when saved as scenes/<id>.json, as the guide tells editors to', () => {
    const path = `scenes/${script.id}.json`
    expect(files.some((f) => f.path === path), `${path} already exists; give the example another id`).toBe(false)
    const { problems } = loadCatalogue([...files, { path, text }])
    expect(problems).toEqual([])
  })

  it('files itself under a theme that exists, for the same audience', () => {
    const theme = catalogue.themes.find((t) => t.id === script.theme)
    expect(theme?.audience).toBe(script.audience)
  })

  it('leads every route to an outcome, and every step lies on some route', () => {
    const paths = enumeratePaths(script)
    expect(paths.length).toBeGreaterThan(1)
    for (const { answers, path, outcome } of paths) {
      expect(walkPath(script, answers)).toEqual({ path, stop: outcome })
      expect(script.steps.find((s) => s.id === outcome)?.kind).toBe('outcome')
      expect(buildOutcome(script, catalogue, answers)?.items.length).toBeGreaterThan(0)
    }
    const visited = new Set(paths.flatMap((p) => p.path))
    expect(script.steps.map((s) => s.id).filter((id) => !visited.has(id))).toEqual([])
  })

  it('shows mapped materials only when they apply and unmapped ones as "check", as the guide says', () => {
    const answers = { 'has-licence': true, 'shop-area': 30, extras: ['delivery'], applicant: 'self' }
    const food = buildOutcome(script, catalogue, answers)!.items.find((i) => i.matterId === 'food-business-licence')!
    const applies = Object.fromEntries(food.materials.map((m) => [m.id, m.applies]))
    expect(applies['online-business']).toBe('condition-met')
    expect(applies['agent-authorisation']).toBeUndefined()
    expect(applies['vending-machine-plan']).toBe('check')
  })
})

describe('the operator table in scenes/README.md', () => {
  const rows = operatorRows(readme)

  it('lists exactly the operators the condition language has', () => {
    expect(rows.map((r) => r.operator).sort()).toEqual(schemaOperators().sort())
  })

  it('gives for each operator an example the parser accepts and that uses that operator', () => {
    for (const { operator, example } of rows) {
      const raw: unknown = JSON.parse(example)
      expect(parseCondition(raw, ''), `${operator}: ${example}`).toEqual({ condition: raw })
      expect(Object.keys(raw as object), example).toContain(operator)
    }
  })

  it('includes every comparison operator the parser names in its messages', () => {
    expect(rows.map((r) => r.operator)).toEqual(expect.arrayContaining([...comparisonOperators]))
  })
})
