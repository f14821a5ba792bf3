import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkFormFields } from './form-fields.ts'

const form = 'content/forms/company-establishment.json'
const label = { zh: '股东', en: 'Shareholder' }

describe('checkFormFields', () => {
  it('passes a form with unique field ids and options for its choices', () => {
    expect(problemsFrom(validFiles(), checkFormFields)).toEqual([])
  })

  it('points at a field id used twice, even inside a group', () => {
    const files = editJson(validFiles(), form, (f) =>
      f.sections[0].fields.push({ id: 'shareholders', type: 'group', label, fields: [{ id: 'company-name', type: 'text', label }] }),
    )
    expect(problemsFrom(files, checkFormFields)).toEqual([
      `${form}:87:21  /sections/0/fields/4/fields/0/id  duplicate field id "company-name": already used at /sections/0/fields/0`,
    ])
    expect(problemsInChinese(files, checkFormFields)).toMatchInlineSnapshot(`
      [
        "content/forms/company-establishment.json:87:21  /sections/0/fields/4/fields/0/id  字段标识 "company-name" 重复：已在 /sections/0/fields/0 使用",
      ]
    `)
  })

  it('points at a choice field with no options', () => {
    const files = editJson(validFiles(), form, (f) => delete f.sections[0].fields[2].options)
    expect(problemsFrom(files, checkFormFields)).toEqual([`${form}:38:9  /sections/0/fields/2  a radio field needs options to choose from`])
    expect(problemsInChinese(files, checkFormFields)).toMatchInlineSnapshot(`
      [
        "content/forms/company-establishment.json:38:9  /sections/0/fields/2  radio 字段需要可供选择的选项（options）",
      ]
    `)
  })

  it('points at a group with no fields to repeat', () => {
    const files = editJson(validFiles(), form, (f) => f.sections[0].fields.push({ id: 'shareholders', type: 'group', label }))
    expect(problemsFrom(files, checkFormFields)).toEqual([`${form}:78:9  /sections/0/fields/4  a group field needs the fields it repeats`])
    expect(problemsInChinese(files, checkFormFields)).toMatchInlineSnapshot(`
      [
        "content/forms/company-establishment.json:78:9  /sections/0/fields/4  group 字段需要列出它重复的字段（fields）",
      ]
    `)
  })
})
