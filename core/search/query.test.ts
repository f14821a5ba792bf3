import { describe, expect, it } from 'vitest'
import { smallCatalogue } from '../../test/fixtures/catalogue-small.ts'
import { searchMatters, scores } from './query.ts'
import { buildSearchIndex } from './search-index.ts'

const index = buildSearchIndex(smallCatalogue.matters, smallCatalogue.departments)
const ids = (q: string) => searchMatters(index, q).map((h) => h.id)
const licenceMatters = ['company-establishment', 'sole-trader-registration']

describe('searchMatters', () => {
  it('finds the business licence matters by the Chinese word 营业执照', () => {
    expect(ids('营业执照')).toEqual(expect.arrayContaining(licenceMatters))
  })

  it('finds them by pinyin initials, full pinyin, and pinyin with spaces', () => {
    for (const q of ['yyzz', 'yingye', 'yingyezhizhao', 'ying ye zhi zhao', 'YingYe']) {
      expect(ids(q), q).toEqual(expect.arrayContaining(licenceMatters))
    }
  })

  it('finds them in English, whichever spelling of licence', () => {
    expect(ids('business licence')).toEqual(expect.arrayContaining(licenceMatters))
    expect(ids('business license')).toEqual(expect.arrayContaining(licenceMatters))
  })

  it('forgives plurals: "restaurants" finds the food licence', () => {
    expect(ids('restaurants')).toContain('food-business-licence')
    expect(ids('Restaurant')).toContain('food-business-licence')
  })

  it('does not match pinyin from the middle of a syllable', () => {
    expect(ids('ngye')).toEqual([])
  })

  it('ranks an exact name above a name prefix above a keyword above initials above a summary', () => {
    expect(searchMatters(index, '企业设立登记')[0]).toEqual({ id: 'company-establishment', score: scores.exactName })
    expect(searchMatters(index, '企业设立')[0]).toEqual({ id: 'company-establishment', score: scores.namePrefix })
    expect(searchMatters(index, '开公司')[0]).toEqual({ id: 'company-establishment', score: scores.keyword })
    expect(searchMatters(index, 'kgs')[0]).toEqual({ id: 'company-establishment', score: scores.initials })
    expect(searchMatters(index, '股份有限公司')[0]).toEqual({ id: 'company-establishment', score: scores.summary })
  })

  it('puts the matter named by the query first when others only mention it', () => {
    expect(ids('出生医学证明')[0]).toBe('birth-medical-certificate')
    expect(ids('出生医学证明')).not.toContain('company-establishment')
  })

  it('finds matters by their department name', () => {
    expect(ids('公安局')).toEqual(['newborn-household-registration'])
  })

  it('requires every word of a query with several words', () => {
    expect(ids('营业执照 餐饮')).toEqual([])
    expect(ids('开饭店 许可')).toEqual(['food-business-licence'])
  })

  it('matches nothing for an empty or unrelated query', () => {
    expect(ids('   ')).toEqual([])
    expect(ids('spaceship')).toEqual([])
  })

  it('folds full-width letters typed with a Chinese keyboard', () => {
    expect(ids('ＹＹＺＺ')).toEqual(expect.arrayContaining(licenceMatters))
  })
})
