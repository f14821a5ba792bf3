import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkEnglishPlurals } from './english-plurals.ts'

describe('checkEnglishPlurals', () => {
  it('passes English written for the number it describes', () => {
    expect(problemsFrom(validFiles(), checkEnglishPlurals)).toEqual([])
  })

  it('points at an interface string that leaves its plural to the reader', () => {
    const files = editJson(validFiles(), 'content/i18n/en.json', (s) => (s.strings['journey.next'] = 'At most {n} visit(s)'))
    expect(problemsFrom(files, checkEnglishPlurals)).toEqual([
      'content/i18n/en.json:5:21  /strings/journey.next  "visit(s)" leaves the plural to the reader: write {n, plural, one {…} other {…}} in an interface string, or the form that applies in a content text',
    ])
    expect(problemsInChinese(files, checkEnglishPlurals)).toMatchInlineSnapshot(`
      [
        "content/i18n/en.json:5:21  /strings/journey.next  "visit(s)" 把单复数留给读者猜：界面文字请写 {n, plural, one {…} other {…}}，内容文字请直接写适用的形式",
      ]
    `)
  })

  it('points at a guide text with "(ies)" and leaves Chinese alone', () => {
    const files = editJson(validFiles(), 'content/matters/company-seal-engraving.json', (m) => {
      m.name = { zh: '印章(s)刻制', en: 'Seal cop(ies)' }
    })
    expect(problemsFrom(files, checkEnglishPlurals)).toEqual([
      'content/matters/company-seal-engraving.json:10:11  /name/en  "cop(ies)" leaves the plural to the reader: write {n, plural, one {…} other {…}} in an interface string, or the form that applies in a content text',
    ])
    expect(problemsInChinese(files, checkEnglishPlurals)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal-engraving.json:10:11  /name/en  "cop(ies)" 把单复数留给读者猜：界面文字请写 {n, plural, one {…} other {…}}，内容文字请直接写适用的形式",
      ]
    `)
  })
})
