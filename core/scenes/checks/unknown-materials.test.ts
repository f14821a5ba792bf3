import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { unknownMaterials } from './unknown-materials.ts'

describe('unknownMaterials', () => {
  it('reports a material the matter does not have and a condition on an always-required one', () => {
    expect(unknownMaterials(scriptFixture('unknown-materials'), catalogue)).toEqual([
      { pointer: "/steps/5/matters/0/materials/health-certificate", message: "\"health-certificate\" is not a material of \"food-business-licence\" (its conditional materials: health-certificates, power-of-attorney)", zh: "\"health-certificate\" 不是 \"food-business-licence\" 的材料（它的条件材料：health-certificates、power-of-attorney）" },
      { pointer: "/steps/5/matters/0/materials/food-application", message: "\"food-application\" is always required for \"food-business-licence\", so a condition on it has no effect; remove it", zh: "\"food-application\" 是 \"food-business-licence\" 的必交材料，给它加条件不起作用；请删除" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(unknownMaterials(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
