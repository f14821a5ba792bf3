import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { prerequisiteCycles } from './prerequisite-cycles.ts'

describe('prerequisiteCycles', () => {
  it('reports matters on one list that each need the other first', () => {
    // A content mistake: company registration made to wait for the food licence that waits for it.
    const tangled = {
      ...catalogue,
      matters: catalogue.matters.map((m) => (m.id === 'company-establishment' ? { ...m, prerequisites: ['food-business-licence'] } : m)),
    }
    expect(prerequisiteCycles(scriptFixture('prerequisite-cycles'), tangled)).toEqual([
      {
        pointer: '/steps/5/matters/0/matter',
        message:
          'these matters each need the other done first, so no order works: company-establishment → food-business-licence → company-establishment; fix "prerequisites" in content/matters',
        zh: '这些事项互相要求对方先办，排不出顺序：company-establishment → food-business-licence → company-establishment；请修改 content/matters 中的 "prerequisites"',
      },
    ])
  })

  it('accepts prerequisites that run one way', () => {
    expect(prerequisiteCycles(scriptFixture('prerequisite-cycles'), catalogue)).toEqual([])
  })
})
