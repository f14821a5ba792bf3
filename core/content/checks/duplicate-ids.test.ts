import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles, withFile } from '../../../test/fixtures/content/fixture-files.ts'
import { checkDuplicateIds } from './duplicate-ids.ts'

describe('checkDuplicateIds', () => {
  it('passes content whose ids are all different', () => {
    expect(problemsFrom(validFiles(), checkDuplicateIds)).toEqual([])
  })

  it('points at a second department with the same id', () => {
    const files = editJson(validFiles(), 'content/departments.json', (d) => (d.departments[1].id = 'market-regulation'))
    expect(problemsFrom(files, checkDuplicateIds)).toEqual([
      'content/departments.json:18:13  /departments/1/id  duplicate department "market-regulation": already used at /departments/0',
    ])
    expect(problemsInChinese(files, checkDuplicateIds)).toMatchInlineSnapshot(`
      [
        "content/departments.json:18:13  /departments/1/id  部门 "market-regulation" 重复：已在 /departments/0 使用",
      ]
    `)
  })

  it('points at a second window with the same number', () => {
    const files = editJson(validFiles(), 'content/hall/layout.json', (h) => (h.windows[1].number = 1))
    expect(problemsFrom(files, checkDuplicateIds)).toEqual([
      'content/hall/layout.json:72:17  /windows/1/number  duplicate window number 1: already used at /windows/0',
    ])
    expect(problemsInChinese(files, checkDuplicateIds)).toMatchInlineSnapshot(`
      [
        "content/hall/layout.json:72:17  /windows/1/number  窗口号 1 重复：已在 /windows/0 使用",
      ]
    `)
  })

  it('points at a second matter file with the same id, naming the first file', () => {
    const seal = validFiles().find((f) => f.path === 'content/matters/company-seal-engraving.json')!
    const files = withFile(validFiles(), 'content/matters/company-seal.json', seal.text)
    expect(problemsFrom(files, checkDuplicateIds)).toEqual([
      'content/matters/company-seal.json:3:9  /id  duplicate matter "company-seal-engraving": already used in content/matters/company-seal-engraving.json',
      'content/matters/company-seal.json:6:23  /code/implementation  duplicate implementation code "11330100MB1234567X4000106001000": already used in content/matters/company-seal-engraving.json',
    ])
    expect(problemsInChinese(files, checkDuplicateIds)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal.json:3:9  /id  事项 "company-seal-engraving" 重复：已在 content/matters/company-seal-engraving.json 使用",
        "content/matters/company-seal.json:6:23  /code/implementation  实施编码 "11330100MB1234567X4000106001000" 重复：已在 content/matters/company-seal-engraving.json 使用",
      ]
    `)
  })

  it('points at a second matter with the same implementation code (实施编码), which imports match on', () => {
    const seal = validFiles().find((f) => f.path === 'content/matters/company-seal-engraving.json')!
    const copy = JSON.parse(seal.text)
    copy.id = 'company-seal-engraving-2'
    const files = withFile(validFiles(), 'content/matters/company-seal-engraving-2.json', JSON.stringify(copy, null, 2))
    expect(problemsFrom(files, checkDuplicateIds)).toEqual([
      'content/matters/company-seal-engraving.json:6:23  /code/implementation  duplicate implementation code "11330100MB1234567X4000106001000": already used in content/matters/company-seal-engraving-2.json',
    ])
    expect(problemsInChinese(files, checkDuplicateIds)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal-engraving.json:6:23  /code/implementation  实施编码 "11330100MB1234567X4000106001000" 重复：已在 content/matters/company-seal-engraving-2.json 使用",
      ]
    `)
  })

  it('points at two materials of one matter with the same id', () => {
    const files = editJson(validFiles(), 'content/matters/company-seal-engraving.json', (m) => (m.materials[1].id = 'application'))
    expect(problemsFrom(files, checkDuplicateIds)).toEqual([
      'content/matters/company-seal-engraving.json:60:13  /materials/1/id  duplicate material "application": already used at /materials/0',
    ])
    expect(problemsInChinese(files, checkDuplicateIds)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal-engraving.json:60:13  /materials/1/id  材料 "application" 重复：已在 /materials/0 使用",
      ]
    `)
  })

  it('points at a second form and a second scene with the same id', () => {
    const form = validFiles().find((f) => f.path === 'content/forms/company-establishment.json')!
    const scene = validFiles().find((f) => f.path === 'scenes/start-company.json')!
    const files = withFile(withFile(validFiles(), 'content/forms/company-form.json', form.text), 'scenes/open-company.json', scene.text)
    expect(problemsFrom(files, checkDuplicateIds)).toEqual([
      'content/forms/company-form.json:3:9  /id  duplicate form "company-establishment": already used in content/forms/company-establishment.json',
      'scenes/start-company.json:3:9  /id  duplicate scene "start-company": already used in scenes/open-company.json',
    ])
    expect(problemsInChinese(files, checkDuplicateIds)).toMatchInlineSnapshot(`
      [
        "content/forms/company-form.json:3:9  /id  表单 "company-establishment" 重复：已在 content/forms/company-establishment.json 使用",
        "scenes/start-company.json:3:9  /id  情形 "start-company" 重复：已在 scenes/open-company.json 使用",
      ]
    `)
  })
})
