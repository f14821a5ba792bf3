import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { checkDraftMatter } from './check-draft-matter.ts'

const seal = JSON.parse(await readFile('content/matters/company-seal-engraving.json', 'utf8')) as Record<string, unknown>

describe('the studio live check of a matter', () => {
  it('finds nothing wrong in a shipped matter', () => {
    expect(checkDraftMatter(seal)).toEqual([])
  })

  it('reports a visit left unexplained beside the visits field, in both languages', () => {
    expect(checkDraftMatter({ ...seal, visits: { count: 2 } })).toEqual([
      { pointer: '/visits', message: 'say why the citizen must come to the hall 2 times: add visits.reason in zh and en', zh: '请说明群众为什么要到大厅 2 次：在 visits.reason 中用中英文写明' },
    ])
  })

  it('reports a name left empty in English as the schema does', () => {
    const problems = checkDraftMatter({ ...seal, name: { zh: '公章刻制', en: '' } })
    expect(problems.map((p) => p.pointer)).toEqual(['/name/en'])
  })
})
