import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkWindowMatterAgreement } from './window-matter-agreement.ts'

describe('checkWindowMatterAgreement', () => {
  it('passes when every matter and window list each other', () => {
    expect(problemsFrom(validFiles(), checkWindowMatterAgreement)).toEqual([])
  })

  it('points at a window that lists a matter which does not list it back', () => {
    const files = editJson(validFiles(), 'content/hall/layout.json', (h) => h.windows[0].matters.push('company-seal-engraving'))
    expect(problemsFrom(files, checkWindowMatterAgreement)).toEqual([
      'content/hall/layout.json:62:9  /windows/0/matters/1  window 1 lists matter "company-seal-engraving", but that matter does not list window 1 in its windows',
    ])
    expect(problemsInChinese(files, checkWindowMatterAgreement)).toMatchInlineSnapshot(`
      [
        "content/hall/layout.json:62:9  /windows/0/matters/1  1 号窗口列了事项 "company-seal-engraving"，但这个事项的 windows 里没有 1 号窗口",
      ]
    `)
  })

  it('points at a matter that lists a window which does not list it back', () => {
    const files = editJson(validFiles(), 'content/matters/company-establishment.json', (m) => m.windows.push(2))
    expect(problemsFrom(files, checkWindowMatterAgreement)).toEqual([
      'content/matters/company-establishment.json:118:5  /windows/1  this matter lists window 2, but window 2 in content/hall/layout.json does not list "company-establishment"',
    ])
    expect(problemsInChinese(files, checkWindowMatterAgreement)).toMatchInlineSnapshot(`
      [
        "content/matters/company-establishment.json:118:5  /windows/1  这个事项列了 2 号窗口，但 content/hall/layout.json 中的 2 号窗口没有列 "company-establishment"",
      ]
    `)
  })
})
