import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkFees } from './fees.ts'

const company = 'content/matters/company-establishment.json'
const fee = {
  name: { zh: '工本费', en: 'Production fee' },
  standard: { zh: '每件 10 元', en: '10 yuan each' },
  amount: 10,
  basis: { zh: '《行政事业性收费标准》', en: 'Administrative fee standards' },
}

describe('checkFees', () => {
  it('passes a free matter with no fee items', () => {
    expect(problemsFrom(validFiles(), checkFees)).toEqual([])
  })

  it('points at a charged matter with no fee items', () => {
    const files = editJson(validFiles(), company, (m) => (m.fees = { charged: true, items: [] }))
    expect(problemsFrom(files, checkFees)).toEqual([
      `${company}:114:14  /fees/items  this matter is charged: list at least one fee item with its standard and basis`,
    ])
    expect(problemsInChinese(files, checkFees)).toMatchInlineSnapshot(`
      [
        "content/matters/company-establishment.json:114:14  /fees/items  这个事项收费：请至少列出一项收费项目，写明标准和依据",
      ]
    `)
  })

  it('points at a free matter that lists fee items', () => {
    const files = editJson(validFiles(), company, (m) => (m.fees = { charged: false, items: [fee] }))
    expect(problemsFrom(files, checkFees)).toEqual([
      `${company}:114:14  /fees/items  this matter is free (charged: false) but lists 1 fee item: remove it or set charged to true`,
    ])
    expect(problemsInChinese(files, checkFees)).toMatchInlineSnapshot(`
      [
        "content/matters/company-establishment.json:114:14  /fees/items  这个事项不收费（charged: false），却列了 1 项收费项目：请删除，或把 charged 改为 true",
      ]
    `)
  })
})
