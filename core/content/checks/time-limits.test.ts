import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkTimeLimits } from './time-limits.ts'

const company = 'content/matters/company-establishment.json'
const seal = 'content/matters/company-seal-engraving.json'

describe('checkTimeLimits', () => {
  it('passes promised limits within the legal ones', () => {
    expect(problemsFrom(validFiles(), checkTimeLimits)).toEqual([])
  })

  it('points at a promised limit longer than the legal limit in the same unit', () => {
    const files = editJson(validFiles(), company, (m) => (m.promisedLimit = { value: 30, unit: '工作日' }))
    expect(problemsFrom(files, checkTimeLimits)).toEqual([
      `${company}:109:14  /promisedLimit/value  the promised limit (30 工作日) is longer than the legal limit (3 工作日)`,
    ])
    expect(problemsInChinese(files, checkTimeLimits)).toMatchInlineSnapshot(`
      [
        "content/matters/company-establishment.json:109:14  /promisedLimit/value  承诺时限（30 工作日）长于法定时限（3 工作日）",
      ]
    `)
  })

  it('compares working days with calendar days by the day each ends, from any day of the week', () => {
    const within = editJson(validFiles(), company, (m) => {
      m.legalLimit = { value: 28, unit: '自然日' }
      m.promisedLimit = { value: 20, unit: '工作日' }
    })
    expect(problemsFrom(within, checkTimeLimits)).toEqual([])
    const beyond = editJson(validFiles(), company, (m) => {
      m.legalLimit = { value: 28, unit: '自然日' }
      m.promisedLimit = { value: 21, unit: '工作日' }
    })
    expect(problemsFrom(beyond, checkTimeLimits)).toEqual([
      `${company}:109:14  /promisedLimit/value  the promised limit (21 工作日) is longer than the legal limit (28 自然日, as few as 20 工作日)`,
    ])
  })

  it('points at a 即办 matter promised in more than one working day', () => {
    const files = editJson(validFiles(), seal, (m) => {
      m.legalLimit = { value: 5, unit: '工作日' }
      m.promisedLimit = { value: 3, unit: '工作日' }
    })
    expect(problemsFrom(files, checkTimeLimits)).toEqual([
      `${seal}:101:14  /promisedLimit/value  a 即办 matter is handled on the spot: its promised limit is 0 or 1 工作日, not 3 工作日`,
    ])
    expect(problemsInChinese(files, checkTimeLimits)).toMatchInlineSnapshot(`
      [
        "content/matters/company-seal-engraving.json:101:14  /promisedLimit/value  即办事项当场办结：承诺时限应为 0 或 1 工作日，不是 3 工作日",
      ]
    `)
  })
})
