import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkPrerequisiteCycles } from './prerequisite-cycles.ts'

const company = 'content/matters/company-establishment.json'

describe('checkPrerequisiteCycles', () => {
  it('passes prerequisites that can be put in order', () => {
    expect(problemsFrom(validFiles(), checkPrerequisiteCycles)).toEqual([])
  })

  it('reports a loop of two matters once, naming the whole loop', () => {
    const files = editJson(validFiles(), company, (m) => (m.prerequisites = ['company-seal-engraving']))
    expect(problemsFrom(files, checkPrerequisiteCycles)).toEqual([
      `${company}:162:5  /prerequisites/0  prerequisites go round in a loop: company-establishment → company-seal-engraving → company-establishment`,
    ])
    expect(problemsInChinese(files, checkPrerequisiteCycles)).toMatchInlineSnapshot(`
      [
        "content/matters/company-establishment.json:162:5  /prerequisites/0  前置事项首尾相连成了环：company-establishment → company-seal-engraving → company-establishment",
      ]
    `)
  })

  it('reports a matter that is its own prerequisite', () => {
    const files = editJson(validFiles(), company, (m) => (m.prerequisites = ['company-establishment']))
    expect(problemsFrom(files, checkPrerequisiteCycles)).toEqual([
      `${company}:162:5  /prerequisites/0  prerequisites go round in a loop: company-establishment → company-establishment`,
    ])
    expect(problemsInChinese(files, checkPrerequisiteCycles)).toMatchInlineSnapshot(`
      [
        "content/matters/company-establishment.json:162:5  /prerequisites/0  前置事项首尾相连成了环：company-establishment → company-establishment",
      ]
    `)
  })
})
