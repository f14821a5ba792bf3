import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkPersonalData } from './personal-data.ts'

const form = 'content/forms/company-establishment.json'

describe('checkPersonalData', () => {
  it('passes forms whose names, ID numbers, phones and addresses have personal types', () => {
    expect(problemsFrom(validFiles(), checkPersonalData)).toEqual([])
  })

  it("points at a plain text field that asks for a person's name", () => {
    const files = editJson(validFiles(), form, (f) => f.sections[0].fields.push({ id: 'manager-name', type: 'text', label: { zh: '负责人姓名', en: 'Name of the person in charge' } }))
    expect(problemsFrom(files, checkPersonalData)).toEqual([
      `${form}:80:19  /sections/0/fields/4/type  "负责人姓名" asks for a person's name, personal data that must be encrypted: give the field the type "person-name" instead of "text"`,
    ])
    expect(problemsInChinese(files, checkPersonalData)).toMatchInlineSnapshot(`
      [
        "content/forms/company-establishment.json:80:19  /sections/0/fields/4/type  "负责人姓名" 收集的是姓名，属于必须加密的个人信息：请把字段类型从 "text" 改为 "person-name"",
      ]
    `)
  })

  it('points at a text field asking for an ID number, a phone or an address, even inside a group', () => {
    const files = editJson(validFiles(), form, (f) =>
      f.sections[0].fields.push({
        id: 'people', type: 'group', label: { zh: '人员', en: 'People' },
        fields: [
          { id: 'id-no', type: 'text', label: { zh: '身份证号码', en: 'ID number' } },
          { id: 'tel', type: 'text', label: { zh: '联系电话', en: 'Phone' } },
          { id: 'home', type: 'text', label: { zh: '家庭住址', en: 'Home address' } },
        ],
      }),
    )
    expect(problemsFrom(files, checkPersonalData).map((p) => p.split('  ').slice(1).join('  '))).toEqual([
      '/sections/0/fields/4/fields/0/type  "身份证号码" asks for an ID number, personal data that must be encrypted: give the field the type "id-card" instead of "text"',
      '/sections/0/fields/4/fields/1/type  "联系电话" asks for a phone number, personal data that must be encrypted: give the field the type "phone" instead of "text"',
      '/sections/0/fields/4/fields/2/type  "家庭住址" asks for an address, personal data that must be encrypted: give the field the type "address" instead of "text"',
    ])
  })

  it('leaves business names and choices about a person alone', () => {
    const files = editJson(validFiles(), form, (f) =>
      f.sections[0].fields.push(
        { id: 'shop-name', type: 'text', label: { zh: '店铺名称', en: 'Shop name' } },
        { id: 'has-phone', type: 'radio', label: { zh: '是否留下电话', en: 'Leave a phone number?' }, options: [{ value: 'yes', label: { zh: '是', en: 'Yes' } }] },
      ),
    )
    expect(problemsFrom(files, checkPersonalData)).toEqual([])
  })
})
