import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkFormConditions } from './form-conditions.ts'

const form = 'content/forms/company-establishment.json'

describe('checkFormConditions', () => {
  it('passes conditions on fields of the form and a prefill from a question of the journey', () => {
    expect(problemsFrom(validFiles(), checkFormConditions)).toEqual([])
  })

  it("points at the answer a field's when reads, deep inside all/not, when no field has that id", () => {
    const files = editJson(validFiles(), form, (f) => {
      f.sections[0].fields[3].when = { all: [{ answer: 'company-form', is: 'jsc' }, { not: { answer: 'listed', is: true } }] }
    })
    expect(problemsFrom(files, checkFormConditions)).toEqual([
      `${form}:77:29  /sections/0/fields/3/when/all/1/not/answer  unknown field "listed" (no field of this form has that id)`,
    ])
    expect(problemsInChinese(files, checkFormConditions)).toMatchInlineSnapshot(`
      [
        "content/forms/company-establishment.json:77:29  /sections/0/fields/3/when/all/1/not/answer  未知的字段 "listed"（本表单没有这个标识的字段）",
      ]
    `)
  })

  it('points at a required condition that reads an unknown field', () => {
    const files = editJson(validFiles(), form, (f) => (f.sections[0].fields[3].required = { answer: 'company-type', is: 'jsc' }))
    expect(problemsFrom(files, checkFormConditions)).toEqual([
      `${form}:74:23  /sections/0/fields/3/required/answer  unknown field "company-type" (no field of this form has that id)`,
    ])
    expect(problemsInChinese(files, checkFormConditions)).toMatchInlineSnapshot(`
      [
        "content/forms/company-establishment.json:74:23  /sections/0/fields/3/required/answer  未知的字段 "company-type"（本表单没有这个标识的字段）",
      ]
    `)
  })

  it('points at a prefill naming a question no scene asks', () => {
    const files = editJson(validFiles(), form, (f) => (f.sections[0].fields[1].prefill = 'shareholder-count'))
    expect(problemsFrom(files, checkFormConditions)).toEqual([
      `${form}:36:22  /sections/0/fields/1/prefill  unknown question "shareholder-count" (no question step of a scene leading to matter "company-establishment" has that id)`,
    ])
    expect(problemsInChinese(files, checkFormConditions)).toMatchInlineSnapshot(`
      [
        "content/forms/company-establishment.json:36:22  /sections/0/fields/1/prefill  未知的问题 "shareholder-count"（通向事项 "company-establishment" 的情形中没有这个标识的问题）",
      ]
    `)
  })
})
