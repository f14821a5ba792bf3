import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import type { OutcomeStep } from '../script.ts'
import { translations } from './translations.ts'

describe('translations', () => {
  it('reports English equal to the Chinese or holding Chinese characters', () => {
    expect(translations(scriptFixture('translations'), catalogue)).toEqual([
      { pointer: "/title/en", message: "the English text is the same as the Chinese (\"我要开小吃店\"); translate it", zh: "英文与中文相同（\"我要开小吃店\"）；请翻译成英文" },
      { pointer: "/steps/1/options/1/label/en", message: "the English text contains Chinese (\"（\" in \"Drinks（饮品）\"); translate it", zh: "英文里有中文（\"Drinks（饮品）\" 中的 \"（\"）；请翻译成英文" },
    ])
  })

  it('reads an outcome\'s paragraphs and the notes of its promised limits by case too', () => {
    const script = scriptFixture('food-stall')
    const outcome = script.steps[5] as OutcomeStep
    outcome.paragraphs = [{ when: { answer: 'staff', is: true }, text: { zh: '员工须持健康证明。', en: '员工须持健康证明。' } }]
    outcome.matters[0]!.promisedLimits = [{ when: { answer: 'staff', is: true }, limit: { value: 15, unit: '工作日', note: { zh: '先核验健康证明。', en: 'Health certificates checked first (先核验).' } } }]
    expect(translations(script, catalogue).map((p) => [p.pointer, p.message])).toEqual([
      ['/steps/5/paragraphs/0/text/en', 'the English text is the same as the Chinese ("员工须持健康证明。"); translate it'],
      ['/steps/5/matters/0/promisedLimits/0/limit/note/en', 'the English text contains Chinese ("先" in "Health certificates checked first (先核验)."); translate it'],
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(translations(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
