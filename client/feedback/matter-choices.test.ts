import { describe, expect, it } from 'vitest'
import { matterChoices } from './matter-choices.ts'

const market = { id: 'market-regulation', name: { zh: '市场监督管理局', en: 'Market Regulation Bureau' } }
const civil = { id: 'civil-affairs', name: { zh: '民政局', en: 'Civil Affairs Bureau' } }
const matters = [
  { id: 'food-business-licence', name: { zh: '食品经营许可', en: 'Food business licence' }, department: market },
  { id: 'marriage-registration', name: { zh: '结婚登记', en: 'Marriage registration' }, department: civil },
  { id: 'company-establishment', name: { zh: '公司设立登记', en: 'Company registration' }, department: market },
]

describe('the ticket form\'s matter choices', () => {
  it('groups matters by department, in pinyin order for Chinese', () => {
    expect(matterChoices(matters, 'zh')).toEqual([
      { department: 'civil-affairs', label: '民政局', matters: [{ id: 'marriage-registration', label: '结婚登记' }] },
      {
        department: 'market-regulation',
        label: '市场监督管理局',
        matters: [
          { id: 'company-establishment', label: '公司设立登记' },
          { id: 'food-business-licence', label: '食品经营许可' },
        ],
      },
    ])
  })

  it('orders by the English names on an English page', () => {
    expect(matterChoices(matters, 'en').map((g) => [g.label, g.matters.map((m) => m.label)])).toEqual([
      ['Civil Affairs Bureau', ['Marriage registration']],
      ['Market Regulation Bureau', ['Company registration', 'Food business licence']],
    ])
  })
})
