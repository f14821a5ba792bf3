import { describe, expect, it } from 'vitest'
import { draftTokenIn, safeReturnPath } from './return-path.ts'

describe('safeReturnPath', () => {
  it('keeps a path of this site with its query', () => {
    expect(safeReturnPath('/situations/open-restaurant?a=abc')).toBe('/situations/open-restaurant?a=abc')
    expect(safeReturnPath('/resume/AbCdEfGhIjKlMnOpQrStUv')).toBe('/resume/AbCdEfGhIjKlMnOpQrStUv')
  })

  it('sends every other site, scheme or odd path home', () => {
    for (const bad of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '', null, undefined, '/a\nb']) expect(safeReturnPath(bad)).toBe('/')
  })
})

describe('draftTokenIn', () => {
  it('finds the draft of a resume link and nothing in other paths', () => {
    expect(draftTokenIn('/resume/AbCdEfGhIjKlMnOpQrStUv')).toBe('AbCdEfGhIjKlMnOpQrStUv')
    expect(draftTokenIn('/situations/open-restaurant')).toBeNull()
    expect(draftTokenIn('/resume')).toBeNull()
  })
})
