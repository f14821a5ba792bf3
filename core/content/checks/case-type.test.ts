import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkCaseType } from './case-type.ts'

const company = 'content/matters/company-establishment.json'
const seal = 'content/matters/company-seal-engraving.json'

describe('checkCaseType', () => {
  it('passes 即办 matters that are 即办件 and 承诺 matters that are 承诺件', () => {
    expect(problemsFrom(validFiles(), checkCaseType)).toEqual([])
  })

  it('points at a 即办 matter filed as a 承诺件', () => {
    const files = editJson(validFiles(), seal, (m) => (m.caseType = '承诺件'))
    expect(problemsFrom(files, checkCaseType)).toEqual([`${seal}:95:15  /caseType  a 即办 matter is a 即办件, not a 承诺件`])
    expect(problemsInChinese(files, checkCaseType)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal-engraving.json:95:15  /caseType  即办事项的办件类型是即办件，不是承诺件",
      ]
    `)
  })

  it('points at a 承诺 matter filed as a 即办件', () => {
    const files = editJson(validFiles(), company, (m) => (m.caseType = '即办件'))
    expect(problemsFrom(files, checkCaseType)).toEqual([`${company}:103:15  /caseType  a 承诺 matter is a 承诺件, not a 即办件`])
    expect(problemsInChinese(files, checkCaseType)).toMatchInlineSnapshot(`
      [
        "content/matters/company-establishment.json:103:15  /caseType  承诺事项的办件类型是承诺件，不是即办件",
      ]
    `)
  })

  it('points at a 联办 matter with no joint departments', () => {
    const files = editJson(validFiles(), company, (m) => (m.kind = '联办'))
    expect(problemsFrom(files, checkCaseType)).toEqual([
      `${company}:15:23  /jointDepartments  a 联办 matter names the departments it is handled with in jointDepartments`,
    ])
    expect(problemsInChinese(files, checkCaseType)).toMatchInlineSnapshot(`
      [
        "content/matters/company-establishment.json:15:23  /jointDepartments  联办事项要在 jointDepartments 中写明联合办理的部门",
      ]
    `)
  })
})
