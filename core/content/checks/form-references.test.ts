import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkFormReferences } from './form-references.ts'

const form = 'content/forms/company-establishment.json'

describe('checkFormReferences', () => {
  it('passes a form whose matter offers it online', () => {
    expect(problemsFrom(validFiles(), checkFormReferences)).toEqual([])
  })

  it('points at a matter that does not exist', () => {
    const files = editJson(validFiles(), form, (f) => (f.matter = 'company-registration'))
    expect(problemsFrom(files, checkFormReferences)).toEqual([
      `${form}:5:13  /matter  unknown matter "company-registration" (no content/matters/company-registration.json)`,
    ])
    expect(problemsInChinese(files, checkFormReferences)).toMatchInlineSnapshot(`
      [
        "content/forms/company-establishment.json:5:13  /matter  未知的事项 "company-registration"（没有 content/matters/company-registration.json）",
      ]
    `)
  })

  it('points at a matter that does not name the form as its online form', () => {
    const files = editJson(validFiles(), form, (f) => (f.matter = 'company-seal-engraving'))
    expect(problemsFrom(files, checkFormReferences)).toEqual([
      `${form}:5:13  /matter  matter "company-seal-engraving" does not offer this form: set its online.form to "company-establishment"`,
    ])
    expect(problemsInChinese(files, checkFormReferences)).toMatchInlineSnapshot(`
      [
        "content/forms/company-establishment.json:5:13  /matter  事项 "company-seal-engraving" 没有提供这个表单：请把它的 online.form 设为 "company-establishment"",
      ]
    `)
  })
})
