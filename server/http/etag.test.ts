import { describe, expect, it } from 'vitest'
import { matchesIfNoneMatch, represent, RepresentationCache } from './etag.ts'

describe('represent', () => {
  it('gives equal values the same strong ETag and different values different ones', () => {
    expect(represent({ a: '营业执照' }).etag).toBe(represent({ a: '营业执照' }).etag)
    expect(represent({ a: 1 }).etag).not.toBe(represent({ a: 2 }).etag)
    expect(represent({ a: 1 }).etag).toMatch(/^"[^"]+"$/)
  })

  it('encodes the body as UTF-8 bytes', () => {
    expect(new TextDecoder().decode(represent({ zh: '执照' }).body)).toBe('{"zh":"执照"}')
  })
})

describe('matchesIfNoneMatch', () => {
  const etag = '"abc"'
  it('matches the tag, its weak form, a list containing it, and *', () => {
    for (const header of ['"abc"', 'W/"abc"', '"x", "abc"', '*']) expect(matchesIfNoneMatch(header, etag), header).toBe(true)
  })
  it('does not match other tags or a missing header', () => {
    expect(matchesIfNoneMatch('"abcd"', etag)).toBe(false)
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false)
  })
})

describe('RepresentationCache', () => {
  it('serialises each key once, however often it is asked for', () => {
    const cache = new RepresentationCache()
    let made = 0
    const make = () => ({ n: ++made })
    const first = cache.get('matters', make)
    expect(cache.get('matters', make)).toBe(first)
    expect(made).toBe(1)
  })

  it('drops the least recently used key at its limit', () => {
    const cache = new RepresentationCache(2)
    let made = 0
    cache.get('a', () => ++made)
    cache.get('b', () => ++made)
    cache.get('a', () => ++made) // a is now the most recent
    cache.get('c', () => ++made) // evicts b
    expect(cache.size).toBe(2)
    cache.get('a', () => ++made)
    expect(made).toBe(3)
    cache.get('b', () => ++made)
    expect(made).toBe(4)
  })
})
