import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkPoliteChinese } from './polite-chinese.ts'

describe('checkPoliteChinese', () => {
  it('passes Chinese that addresses the citizen as 您', () => {
    expect(problemsFrom(validFiles(), checkPoliteChinese)).toEqual([])
  })

  it('points at an interface string that says 你', () => {
    const files = editJson(validFiles(), 'content/i18n/zh.json', (s) => (s.strings['journey.next'] = '核对你的回答'))
    expect(problemsFrom(files, checkPoliteChinese)).toEqual([
      'content/i18n/zh.json:5:21  /strings/journey.next  "核对你的回答" says 你: address the citizen as 您, as the rest of the service does',
    ])
    expect(problemsInChinese(files, checkPoliteChinese)).toMatchInlineSnapshot(`
      [
        "content/i18n/zh.json:5:21  /strings/journey.next  "核对你的回答" 用了“你”：请和整个服务一样称群众为“您”",
      ]
    `)
  })

  it('points at a guide text that says 你 and leaves English alone', () => {
    const files = editJson(validFiles(), 'content/matters/company-seal-engraving.json', (m) => {
      m.name = { zh: '你的印章刻制', en: 'Your seal, as you like it' }
    })
    expect(problemsFrom(files, checkPoliteChinese)).toEqual([
      'content/matters/company-seal-engraving.json:9:11  /name/zh  "你的印章刻制" says 你: address the citizen as 您, as the rest of the service does',
    ])
    expect(problemsInChinese(files, checkPoliteChinese)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal-engraving.json:9:11  /name/zh  "你的印章刻制" 用了“你”：请和整个服务一样称群众为“您”",
      ]
    `)
  })
})
