import { describe, expect, it } from 'vitest'
import { orderByPrerequisites, prerequisiteCycle } from './order.ts'

const prerequisites: Record<string, string[]> = {
  'company-seal-engraving': ['company-establishment'],
  'invoice-application': ['tax-registration-info'],
  'tax-registration-info': ['company-establishment', 'sole-trader-registration'],
}
const of = (id: string) => prerequisites[id] ?? []

describe('orderByPrerequisites', () => {
  it('puts prerequisites first and otherwise keeps the script order', () => {
    expect(orderByPrerequisites(['invoice-application', 'company-seal-engraving', 'tax-registration-info', 'company-establishment'], of)).toEqual([
      'company-establishment',
      'company-seal-engraving',
      'tax-registration-info',
      'invoice-application',
    ])
  })

  it('ignores prerequisites that are not on the list', () => {
    expect(orderByPrerequisites(['invoice-application', 'company-seal-engraving'], of)).toEqual(['invoice-application', 'company-seal-engraving'])
  })

  it('keeps matters caught in a cycle, in script order, at the end', () => {
    const cyclic = (id: string) => (id === 'a' ? ['b'] : id === 'b' ? ['a'] : [])
    expect(orderByPrerequisites(['a', 'b', 'c'], cyclic)).toEqual(['c', 'a', 'b'])
    expect(prerequisiteCycle(['c', 'a', 'b'], cyclic)).toEqual(['a', 'b', 'a'])
    expect(prerequisiteCycle(['invoice-application', 'tax-registration-info'], of)).toBeUndefined()
  })
})
