import { describe, expect, it } from 'vitest'
import { setPath } from './paths.ts'
import { sameJson } from './same-json.ts'

describe('comparing an imported matter with its file', () => {
  it('finds two values the same whatever their key order, and a key holding undefined the same as none', () => {
    expect(sameJson({ name: { zh: '烟草', en: 'Tobacco' }, windows: [11, 12] }, { windows: [11, 12], name: { en: 'Tobacco', zh: '烟草' } })).toBe(true)
    expect(sameJson({ fee: undefined, copies: 1 }, { copies: 1 })).toBe(true)
    expect(sameJson({ copies: 1 }, { copies: 1, fee: undefined })).toBe(true)
  })

  it('finds a changed, missing or extra value, or a reordered list, different', () => {
    expect(sameJson({ copies: 1 }, { copies: 2 })).toBe(false)
    expect(sameJson({ copies: 1 }, { copies: 1, paperSize: 'A4' })).toBe(false)
    expect(sameJson({ copies: 1, paperSize: 'A4' }, { copies: 1 })).toBe(false)
    expect(sameJson({ windows: [11, 12] }, { windows: [12, 11] })).toBe(false)
    expect(sameJson({ windows: [11] }, { windows: { 0: 11 } })).toBe(false)
    expect(sameJson(null, {})).toBe(false)
  })
})

describe('setting a field of a copied matter', () => {
  it('leaves the matter it was copied from as it was', () => {
    const file = Object.freeze({ fees: Object.freeze({ charged: false, items: Object.freeze([]) }), name: Object.freeze({ zh: '烟草', en: 'Tobacco' }) })
    const data: Record<string, unknown> = { ...file }
    setPath(data, 'fees.charged', true)
    setPath(data, 'name.en', undefined)
    expect(data).toEqual({ fees: { charged: true, items: [] }, name: { zh: '烟草' } })
    expect(file).toEqual({ fees: { charged: false, items: [] }, name: { zh: '烟草', en: 'Tobacco' } })
  })
})
