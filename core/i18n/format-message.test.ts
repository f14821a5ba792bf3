import { describe, expect, it } from 'vitest'
import { formatMessage } from './format-message.ts'

const copies = '{n, plural, one {# copy} other {# copies}}'

describe('formatMessage', () => {
  it('fills {name} slots and leaves a slot without a value as written', () => {
    expect(formatMessage('第 {index} 步，共 {total} 步', { index: 3, total: 6 }, 'zh')).toBe('第 3 步，共 6 步')
    expect(formatMessage('Window {n} ({zone})', { n: 7 }, 'en')).toBe('Window 7 ({zone})')
    expect(formatMessage('No slots here', undefined, 'en')).toBe('No slots here')
  })

  it('chooses the English singular for exactly one and the plural for every other number', () => {
    expect(formatMessage(copies, { n: 1 }, 'en')).toBe('1 copy')
    expect(formatMessage(copies, { n: 2 }, 'en')).toBe('2 copies')
    expect(formatMessage(copies, { n: 0 }, 'en')).toBe('0 copies')
    expect(formatMessage(copies, { n: 1.5 }, 'en')).toBe('1.5 copies')
  })

  it('uses the one form Chinese has for every number', () => {
    expect(formatMessage('{n, plural, other {# 份}}', { n: 1 }, 'zh')).toBe('1 份')
    expect(formatMessage('{n, plural, other {# 份}}', { n: 3 }, 'zh')).toBe('3 份')
  })

  it('prefers an exact =N text over the category', () => {
    const visits = '{n, plural, =0 {No visit needed} one {At most # visit} other {At most # visits}}'
    expect(formatMessage(visits, { n: 0 }, 'en')).toBe('No visit needed')
    expect(formatMessage(visits, { n: 1 }, 'en')).toBe('At most 1 visit')
    expect(formatMessage(visits, { n: 4 }, 'en')).toBe('At most 4 visits')
  })

  it('fills other slots inside a plural text and beside it', () => {
    const found = '{n, plural, one {# service} other {# services}} found for “{q}”'
    expect(formatMessage(found, { n: 1, q: 'tax' }, 'en')).toBe('1 service found for “tax”')
    expect(formatMessage('{n, plural, one {# {what}} other {# {what}s}}', { n: 2, what: 'route' }, 'en')).toBe('2 routes')
  })

  it('shows a plural whose number is missing as written, and a number that is not one under "other"', () => {
    expect(formatMessage(copies, {}, 'en')).toBe(copies)
    expect(formatMessage(copies, { n: 'several' }, 'en')).toBe('several copies')
  })

  it('still fills the slots of a malformed string instead of failing', () => {
    expect(formatMessage('{n, plural, one {# copy}} of {name}', { n: 1, name: 'the licence' }, 'en')).toBe('{n, plural, one {# copy}} of the licence')
  })
})
