import { describe, expect, it } from 'vitest'
import { buildHaystack, markEntries } from './haystack.ts'

describe('markEntries', () => {
  const h = buildHaystack(['营业执照', '', '食品经营许可\nfood licence', '营业执照 营业执照'])

  it('marks each entry containing the needle once', () => {
    const marks = new Uint8Array(4)
    markEntries(h, '营业', marks)
    expect([...marks]).toEqual([1, 0, 0, 1])
  })

  it('finds needles in the first and the last entry and never across entries', () => {
    const marks = new Uint8Array(4)
    markEntries(h, 'licence', marks)
    expect([...marks]).toEqual([0, 0, 1, 0])
    const none = new Uint8Array(4)
    markEntries(h, '执照食品', none)
    expect([...none]).toEqual([0, 0, 0, 0])
  })
})
