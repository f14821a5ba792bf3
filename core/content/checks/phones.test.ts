import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkPhones } from './phones.ts'

const company = 'content/matters/company-establishment.json'

describe('checkPhones', () => {
  it('passes different consultation and complaint phones', () => {
    expect(problemsFrom(validFiles(), checkPhones)).toEqual([])
  })

  it("points at a matter's complaint phone that is its consultation phone, however it is punctuated", () => {
    const files = editJson(validFiles(), company, (m) => (m.complaint.phone = '0599 86012301'))
    expect(problemsFrom(files, checkPhones)).toEqual([
      `${company}:154:14  /complaint/phone  the complaint phone is the same as the consultation phone (0599-86012301): complaints go to a different number, e.g. 12345`,
    ])
    expect(problemsInChinese(files, checkPhones)).toMatchInlineSnapshot(`
      [
        "content/matters/company-establishment.json:154:14  /complaint/phone  投诉电话与咨询电话相同（0599-86012301）：投诉应打另一个号码，例如 12345",
      ]
    `)
  })

  it("points at a department's complaint phone that is its consultation phone", () => {
    const files = editJson(validFiles(), 'content/departments.json', (d) => (d.departments[1].complaintPhone = '0599-86012302'))
    expect(problemsFrom(files, checkPhones)).toEqual([
      'content/departments.json:28:25  /departments/1/complaintPhone  the complaint phone is the same as the consultation phone (0599-86012302): complaints go to a different number, e.g. 12345',
    ])
    expect(problemsInChinese(files, checkPhones)).toMatchInlineSnapshot(`
      [
        "content/departments.json:28:25  /departments/1/complaintPhone  投诉电话与咨询电话相同（0599-86012302）：投诉应打另一个号码，例如 12345",
      ]
    `)
  })
})
