import { describe, expect, it } from 'vitest'
import { decodeAnswers, encodeAnswers, previewUrl, shareUrl } from './share-link.ts'
import { openShop } from './test-fixtures.ts'

describe('share links', () => {
  it('names the step a preview link opens at', () => {
    expect(previewUrl('open-shop', {}, 'welcome')).toBe('/situations/open-shop?at=welcome')
    expect(previewUrl('open-shop', { area: 1 }, 'extras')).toBe(`${shareUrl('', 'open-shop', { area: 1 })}&at=extras`)
  })

  it('carries the answers there and back', () => {
    const answers = { 'business-type': 'company', 'sells-food': true, area: 120, extras: ['hire'] }
    expect(decodeAnswers(encodeAnswers(answers), openShop)).toEqual(answers)
  })

  it('keeps nothing but answers of the right kind to questions of the script', () => {
    const encoded = encodeAnswers({ 'business-type': 'company', name: '张三', 'id-card': '110101199003071234', area: '120' })
    expect(decodeAnswers(encoded, openShop)).toEqual({ 'business-type': 'company' })
  })

  it('starts from the beginning when the link is mangled', () => {
    expect(decodeAnswers('%%%not-base64', openShop)).toEqual({})
  })

  it('builds a situation URL with the answers in ?a=', () => {
    expect(shareUrl('https://ban.example', 'open-shop', {})).toBe('https://ban.example/situations/open-shop')
    expect(shareUrl('', 'open-shop', { area: 5 })).toMatch(/^\/situations\/open-shop\?a=[A-Za-z0-9_-]+$/)
  })
})
