import { describe, expect, it } from 'vitest'
import { findUnstorableText, unstorableReason } from './storable-text.ts'

describe('text both stores keep as given', () => {
  it('accepts any valid Unicode text with tabs and line breaks, emoji (surrogate pairs) included', () => {
    for (const text of ['张小明', 'a\tb\r\nc', '😀 家', '']) expect(unstorableReason(text)).toBeNull()
  })

  it('refuses NUL, lone surrogates of either half, and other control characters, naming each', () => {
    expect(unstorableReason('a\u0000b')).toBe('contains a NUL character (U+0000); remove it')
    expect(unstorableReason('a\ud800')).toBe('contains a lone UTF-16 surrogate (U+D800) that is not a character; send valid Unicode')
    expect(unstorableReason('\udc00a')).toBe('contains a lone UTF-16 surrogate (U+DC00) that is not a character; send valid Unicode')
    expect(unstorableReason('a\u001bb')).toBe('contains the control character U+001B; remove it')
  })

  it('finds the first such string anywhere in a value, keys included, with its pointer', () => {
    expect(findUnstorableText({ a: ['ok', { b: 'x\u0000' }] })).toEqual({ pointer: '/a/1/b', reason: 'contains a NUL character (U+0000); remove it' })
    expect(findUnstorableText({ 'k\u0000': 1 })).toEqual({ pointer: '/k\u0000', reason: 'its key contains a NUL character (U+0000); remove it' })
    expect(findUnstorableText({ at: new Date(0), n: 1, ok: true, none: null })).toBeNull()
  })
})
