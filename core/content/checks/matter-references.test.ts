import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkMatterReferences } from './matter-references.ts'

const seal = 'content/matters/company-seal-engraving.json'
const company = 'content/matters/company-establishment.json'

describe('checkMatterReferences', () => {
  it('passes a matter whose references all exist', () => {
    expect(problemsFrom(validFiles(), checkMatterReferences)).toEqual([])
  })

  it('points at a department that is not in departments.json', () => {
    const files = editJson(validFiles(), seal, (m) => (m.department = 'public-securty'))
    expect(problemsFrom(files, checkMatterReferences)).toEqual([
      `${seal}:14:17  /department  unknown department "public-securty" (not in content/departments.json)`,
    ])
    expect(problemsInChinese(files, checkMatterReferences)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal-engraving.json:14:17  /department  未知的部门 "public-securty"（不在 content/departments.json 中）",
      ]
    `)
  })

  it('points at an unknown joint department and an unknown entrusted department', () => {
    const files = editJson(validFiles(), seal, (m) => {
      m.jointDepartments = ['taxation']
      m.entrustedDepartment = 'police'
    })
    expect(problemsFrom(files, checkMatterReferences)).toEqual([
      `${seal}:161:26  /entrustedDepartment  unknown department "police" (not in content/departments.json)`,
      `${seal}:16:5  /jointDepartments/0  unknown department "taxation" (not in content/departments.json)`,
    ])
    expect(problemsInChinese(files, checkMatterReferences)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal-engraving.json:161:26  /entrustedDepartment  未知的部门 "police"（不在 content/departments.json 中）",
        "content/matters/company-seal-engraving.json:16:5  /jointDepartments/0  未知的部门 "taxation"（不在 content/departments.json 中）",
      ]
    `)
  })

  it('points at an unknown theme', () => {
    const files = editJson(validFiles(), seal, (m) => m.themes.push('business-licensing'))
    expect(problemsFrom(files, checkMatterReferences)).toEqual([
      `${seal}:21:5  /themes/1  unknown theme "business-licensing" (not in content/themes.json)`,
    ])
    expect(problemsInChinese(files, checkMatterReferences)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal-engraving.json:21:5  /themes/1  未知的主题 "business-licensing"（不在 content/themes.json 中）",
      ]
    `)
  })

  it('points at a window number the hall does not have, in windows and in consultation', () => {
    const files = editJson(validFiles(), company, (m) => {
      m.windows = [1, 31]
      m.consultation.window = 32
    })
    expect(problemsFrom(files, checkMatterReferences).filter((p) => p.includes('unknown window'))).toEqual([
      `${company}:118:5  /windows/1  unknown window 31 (not in content/hall/layout.json)`,
      `${company}:152:15  /consultation/window  unknown window 32 (not in content/hall/layout.json)`,
    ])
  })

  it('points at a prerequisite matter that has no file', () => {
    const files = editJson(validFiles(), seal, (m) => (m.prerequisites = ['company-establishment', 'tax-registration-info']))
    expect(problemsFrom(files, checkMatterReferences)).toEqual([
      `${seal}:157:5  /prerequisites/1  unknown prerequisite matter "tax-registration-info" (no content/matters/tax-registration-info.json)`,
    ])
    expect(problemsInChinese(files, checkMatterReferences)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal-engraving.json:157:5  /prerequisites/1  未知的前置事项 "tax-registration-info"（没有 content/matters/tax-registration-info.json）",
      ]
    `)
  })

  it('points at an online form that has no file', () => {
    const files = editJson(validFiles(), seal, (m) => (m.online.form = 'seal-application'))
    expect(problemsFrom(files, checkMatterReferences)).toEqual([
      `${seal}:133:13  /online/form  unknown form "seal-application" (no content/forms/seal-application.json)`,
    ])
    expect(problemsInChinese(files, checkMatterReferences)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal-engraving.json:133:13  /online/form  未知的表单 "seal-application"（没有 content/forms/seal-application.json）",
      ]
    `)
  })
})
