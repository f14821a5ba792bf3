import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
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
  })

  it("points at a scene's id that differs from its file name", () => {
    const files = editJson(validFiles(), 'scenes/start-company.json', (s) => (s.id = 'open-company'))
    expect(problemsFrom(files, checkFileNames)).toEqual([
      'scenes/start-company.json:3:9  /id  the id "open-company" does not match the file name: rename the file to open-company.json or the id to "start-company"',
    ])
  })
})
