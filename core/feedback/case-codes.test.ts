import { describe, expect, it } from 'vitest'
import { caseNumber, parseCaseNumber, queryPassword } from './case-codes.ts'

const bytes = (...b: number[]) => Uint8Array.from(b)

describe('case numbers and query passwords', () => {
  it('names the kind and year and uses only characters that cannot be misread', () => {
    const n = caseNumber('complaint', 2026, bytes(0, 1, 2, 3, 30, 31, 200, 255))
    expect(n).toMatch(/^TS-2026-[2-9A-HJKMNP-Z]{8}$/)
    expect(parseCaseNumber(` ${n.toLowerCase()} `)).toEqual({ number: n, kind: 'complaint' })
  })

  it('refuses numbers with misreadable letters or an unknown kind', () => {
    expect(parseCaseNumber('TS-2026-0OIL2345')).toBeNull()
    expect(parseCaseNumber('XX-2026-23456789')).toBeNull()
    expect(parseCaseNumber('HF-2026-23456789')?.kind).toBe('follow-up')
  })

  it('draws an 8-character password', () => {
    expect(queryPassword(bytes(9, 8, 7, 6, 5, 4, 3, 2))).toHaveLength(8)
    expect(() => queryPassword(bytes(1))).toThrow()
  })
})
