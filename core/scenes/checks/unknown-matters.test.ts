import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { unknownMatters } from './unknown-matters.ts'

describe('unknownMatters', () => {
  it('reports an outcome matter missing from the catalogue and a matter listed twice', () => {
    expect(unknownMatters(scriptFixture('unknown-matters'), catalogue)).toEqual([
      { pointer: "/steps/5/matters/1/matter", message: "unknown matter \"food-licence\": there is no content/matters/food-licence.json", zh: "未知事项 \"food-licence\"：没有 content/matters/food-licence.json" },
      { pointer: "/steps/5/matters/2/matter", message: "\"food-business-licence\" is already on this list at /steps/5/matters/0; merge the two entries", zh: "\"food-business-licence\" 已在本清单 /steps/5/matters/0 列出；请把两条合并" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(unknownMatters(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
