import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { translations } from './translations.ts'

describe('translations', () => {
  it('reports English equal to the Chinese or holding Chinese characters', () => {
    expect(translations(scriptFixture('translations'), catalogue)).toEqual([
      { pointer: "/title/en", message: "the English text is the same as the Chinese (\"我要开小吃店\"); translate it", zh: "英文与中文相同（\"我要开小吃店\"）；请翻译成英文" },
      { pointer: "/steps/1/options/1/label/en", message: "the English text contains Chinese (\"（\" in \"Drinks（饮品）\"); translate it", zh: "英文里有中文（\"Drinks（饮品）\" 中的 \"（\"）；请翻译成英文" },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(translations(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
