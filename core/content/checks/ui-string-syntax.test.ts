import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkUiStringSyntax } from './ui-string-syntax.ts'

const withStrings = (zh: string, en: string) =>
  editJson(editJson(validFiles(), 'content/i18n/zh.json', (s) => (s.strings['material.copies'] = zh)), 'content/i18n/en.json', (s) => (s.strings['material.copies'] = en))

describe('checkUiStringSyntax', () => {
  it('passes slots and plurals written the same way in both languages', () => {
    expect(problemsFrom(validFiles(), checkUiStringSyntax)).toEqual([])
    expect(problemsFrom(withStrings('{n} 份', '{n, plural, one {# copy} other {# copies}}'), checkUiStringSyntax)).toEqual([])
  })

  it('points at a plural without its "other" text', () => {
    expect(problemsFrom(withStrings('{n} 份', '{n, plural, one {# copy}}'), checkUiStringSyntax)).toEqual([
      'content/i18n/en.json:6:24  /strings/material.copies  the plural of {n} needs an "other" text, used for any number the others do not cover at character 1 of "{n, plural, one {# copy}}"',
    ])
  })

  it('points at a translation that reads other parameters than the Chinese string', () => {
    expect(problemsFrom(withStrings('{n} 份', '{count, plural, one {# copy} other {# copies}}'), checkUiStringSyntax)).toEqual([
      'content/i18n/en.json:6:24  /strings/material.copies  reads {count} but the Chinese string reads {n}: use the same parameters in both',
    ])
  })
})
