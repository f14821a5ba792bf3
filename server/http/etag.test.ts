import { gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { acceptsGzip, matchesIfNoneMatch, represent, RepresentationCache, sendRepresentation } from './etag.ts'

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

describe('acceptsGzip', () => {
  it('accepts gzip and * unless their quality is zero', () => {
    for (const header of ['gzip', 'gzip, deflate, br', 'br;q=1.0, gzip;q=0.8', '*']) expect(acceptsGzip(header), header).toBe(true)
    for (const header of [undefined, '', 'br', 'identity', 'gzip;q=0', 'deflate, gzip; q=0']) expect(acceptsGzip(header), String(header)).toBe(false)
  })
})

describe('sendRepresentation', () => {
  const big = represent({ matters: Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, name: '设立登记营业执照' })) })
  const small = represent({ ok: true })
  const app = new Hono().get('/big', (c) => sendRepresentation(c, big)).get('/small', (c) => sendRepresentation(c, small))

  it('gzips a large body for a browser that accepts it, under the weak form of the same ETag', async () => {
    const res = await app.request('/big', { headers: { 'Accept-Encoding': 'gzip, br' } })
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(res.headers.get('vary')).toBe('Accept-Encoding')
    expect(res.headers.get('etag')).toBe(`W/${big.etag}`)
    expect(bytes.length).toBeLessThan(big.body.length / 3)
    expect(JSON.parse(gunzipSync(bytes).toString()).matters).toHaveLength(60)
  })

  it('revalidates either variant with the other variant\'s tag', async () => {
    expect((await app.request('/big', { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': `W/${big.etag}` } })).status).toBe(304)
    expect((await app.request('/big', { headers: { 'If-None-Match': big.etag } })).status).toBe(304)
  })

  it('sends small bodies and clients without gzip the plain bytes', async () => {
    const plain = await app.request('/big')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('etag')).toBe(big.etag)
    const tiny = await app.request('/small', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(tiny.headers.get('content-encoding')).toBeNull()
    expect(await tiny.json()).toEqual({ ok: true })
  })
})
