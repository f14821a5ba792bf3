import { describe, expect, it } from 'vitest'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { translationCompleteness } from './translation-completeness.ts'

describe('translationCompleteness', () => {
  it('counts every bilingual text of a fully translated script as translated', () => {
    // title, summary, welcome say, shop-type text and 2 labels, drinks-info title and text, staff text, to-window say, result title
    expect(translationCompleteness(scriptFixture('food-stall'))).toEqual({ texts: 11, translated: 11, missing: [] })
  })

  it('names the texts whose English is missing', () => {
    const script = scriptFixture('food-stall')
    const welcome = script.steps[0]!
    if (welcome.kind === 'scene') welcome.say = { zh: '您好', en: '您好' }
    expect(translationCompleteness(script)).toEqual({ texts: 11, translated: 10, missing: ['/steps/0/say/en'] })
  })
})
