import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles, withoutFile } from '../../../test/fixtures/content/fixture-files.ts'
import { checkUiStrings } from './ui-strings.ts'

describe('checkUiStrings', () => {
  it('passes strings present in both languages', () => {
    expect(problemsFrom(validFiles(), checkUiStrings)).toEqual([])
  })

  it('points at a string that has no translation in the other language', () => {
    const files = editJson(validFiles(), 'content/i18n/zh.json', (s) => (s.strings['journey.restart'] = '重新开始'))
    expect(problemsFrom(files, checkUiStrings)).toEqual([
      'content/i18n/zh.json:6:24  /strings/journey.restart  "journey.restart" has no en translation: add it to content/i18n/en.json',
    ])
    expect(problemsInChinese(files, checkUiStrings)).toMatchInlineSnapshot(`
      [
        "content/i18n/zh.json:6:24  /strings/journey.restart  "journey.restart" 没有 en 译文：请加到 content/i18n/en.json",
      ]
    `)
  })

  it('reports a missing language file at its own path', () => {
    expect(problemsFrom(withoutFile(validFiles(), 'content/i18n/en.json'), checkUiStrings)).toEqual([
      'content/i18n/en.json:1:1  /  this language file is missing: both content/i18n/zh.json and en.json must exist',
    ])
  })
})
