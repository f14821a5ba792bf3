import { describe, expect, it } from 'vitest'
import { handoffCodeAlphabet, newHandoffCode, normalizeHandoffCode } from './handoff-code.ts'

describe('hand-off codes', () => {
  it('are 6 characters with no 0, O, 1, I or L, and rarely repeat', () => {
    const codes = Array.from({ length: 2000 }, newHandoffCode)
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${handoffCodeAlphabet}]{6}$`))
    expect(codes.join('')).not.toMatch(/[0O1IL]/)
    expect(new Set(codes).size).toBeGreaterThan(1990)
  })

  it('accept what people type: lower case, spaces and a hyphen; refuse anything else', () => {
    expect(normalizeHandoffCode(' k7m-2pq ')).toBe('K7M2PQ')
    expect(normalizeHandoffCode('K7M2P')).toBeNull()
    expect(normalizeHandoffCode('K7M2P0')).toBeNull()
  })
})
