import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkFileNames } from './file-names.ts'

describe('checkFileNames', () => {
  it('passes files named for their ids', () => {
    expect(problemsFrom(validFiles(), checkFileNames)).toEqual([])
  })

  it("points at a matter's id that differs from its file name", () => {
    const path = 'content/matters/company-seal-engraving.json'
    const files = editJson(validFiles(), path, (m) => (m.id = 'seal-engraving'))
    expect(problemsFrom(files, checkFileNames)).toEqual([
      `${path}:3:9  /id  the id "seal-engraving" does not match the file name: rename the file to seal-engraving.json or the id to "company-seal-engraving"`,
    ])
    expect(problemsInChinese(files, checkFileNames)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal-engraving.json:3:9  /id  标识 "seal-engraving" 与文件名不一致：请把文件改名为 seal-engraving.json，或把标识改为 "company-seal-engraving"",
      ]
    `)
  })

  it("points at a scene's id that differs from its file name", () => {
    const files = editJson(validFiles(), 'scenes/start-company.json', (s) => (s.id = 'open-company'))
    expect(problemsFrom(files, checkFileNames)).toEqual([
      'scenes/start-company.json:3:9  /id  the id "open-company" does not match the file name: rename the file to open-company.json or the id to "start-company"',
    ])
    expect(problemsInChinese(files, checkFileNames)).toMatchInlineSnapshot(`
      [
        "scenes/start-company.json:3:9  /id  标识 "open-company" 与文件名不一致：请把文件改名为 open-company.json，或把标识改为 "start-company"",
      ]
    `)
  })
})
