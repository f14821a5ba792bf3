import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkVisits } from './visits.ts'

const company = 'content/matters/company-establishment.json'

describe('checkVisits', () => {
  it('passes visits that are explained', () => {
    expect(problemsFrom(validFiles(), checkVisits)).toEqual([])
  })

  it('points at visits to the hall with no reason given', () => {
    const files = editJson(validFiles(), company, (m) => (m.visits = { count: 2 }))
    expect(problemsFrom(files, checkVisits)).toEqual([
      `${company}:123:13  /visits  say why the citizen must come to the hall 2 times: add visits.reason in zh and en`,
    ])
    expect(problemsInChinese(files, checkVisits)).toMatchInlineSnapshot(`
      [
        "content/matters/company-establishment.json:123:13  /visits  请说明群众为什么要到大厅 2 次：在 visits.reason 中用中英文写明",
      ]
    `)
  })

  it('points at a fully online (depth IV) matter that still needs a visit', () => {
    const files = editJson(validFiles(), company, (m) => (m.online.depth = 'IV'))
    expect(problemsFrom(files, checkVisits)).toEqual([
      `${company}:124:14  /visits/count  online depth IV means fully online, so visits.count must be 0, not 1`,
    ])
    expect(problemsInChinese(files, checkVisits)).toMatchInlineSnapshot(`
      [
        "content/matters/company-establishment.json:124:14  /visits/count  网办深度 IV 表示全程网办，visits.count 应为 0，不是 1",
      ]
    `)
  })
})
