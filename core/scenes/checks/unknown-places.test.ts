import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { unknownPlaces } from './unknown-places.ts'

describe('unknownPlaces', () => {
  it('reports a facility, window and zone the hall does not have', () => {
    expect(unknownPlaces(scriptFixture('unknown-places'), catalogue)).toEqual([
      { pointer: "/steps/0/place/facility", message: "unknown facility \"guide-dsk\" (did you mean \"guide-desk\"?)", zh: "未知设施 \"guide-dsk\"（是不是 \"guide-desk\"？）" },
      { pointer: "/steps/4/place/window", message: "there is no window 42 in the hall (windows: 1, 2, 7, 8, 9, 10, 11)", zh: "大厅里没有 42 号窗口（窗口：1、2、7、8、9、10、11）" },
      { pointer: "/steps/5/place/zone", message: "unknown zone \"waiting-area\" (zones: guide, business-startup, general-acceptance)", zh: "未知区域 \"waiting-area\"（区域：guide、business-startup、general-acceptance）" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(unknownPlaces(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
