import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkLicences } from './licences.ts'

const company = 'content/matters/company-establishment.json'
const seal = 'content/matters/company-seal-engraving.json'
const businessLicence = { type: 'business-licence', name: { zh: '营业执照', en: 'Business licence' }, fields: [{ id: 'name', label: { zh: '名称', en: 'Name' }, from: 'company-name' }] }
const withLicence = () => editJson(validFiles(), company, (m) => (m.licence = structuredClone(businessLicence)))
const at = (file: string, pointer: string, message: string) => expect.stringMatching(new RegExp(`^${file}:\\d+:\\d+  ${pointer}  ${message.replace(/[()]/g, '\\$&')}`))

describe('checkLicences', () => {
  it('passes a licence filled from the online form, and a material it spares', () => {
    const files = editJson(withLicence(), seal, (m) => (m.materials[0].replacedBy = 'business-licence'))
    expect(problemsFrom(files, checkLicences)).toEqual([])
  })

  it('points at a licence field the form does not have', () => {
    const files = editJson(withLicence(), company, (m) => (m.licence.fields[0].from = 'company-nmae'))
    expect(problemsFrom(files, checkLicences)).toEqual([at(company, '/licence/fields/0/from', 'form "company-establishment" has no field "company-nmae" outside a group')])
    expect(problemsInChinese(files, checkLicences)).toEqual([at(company, '/licence/fields/0/from', '表单 "company-establishment" 在分组之外没有字段 "company-nmae"')])
  })

  it('points at a licence on a matter without an online form', () => {
    const files = editJson(validFiles(), seal, (m) => (m.licence = structuredClone(businessLicence)))
    expect(problemsFrom(files, checkLicences)).toEqual([at(seal, '/licence', 'a licence is filled from the answers of the online form, and this matter has none')])
  })

  it('points at a material spared by a licence type no matter issues', () => {
    const files = editJson(withLicence(), seal, (m) => (m.materials[1].replacedBy = 'business-licnece'))
    expect(problemsFrom(files, checkLicences)).toEqual([at(seal, '/materials/1/replacedBy', 'no matter issues licence type "business-licnece" (known: business-licence)')])
    expect(problemsInChinese(files, checkLicences)).toEqual([at(seal, '/materials/1/replacedBy', '没有事项颁发证照类型 "business-licnece"（已知：business-licence）')])
  })
})
