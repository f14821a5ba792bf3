import { describe, expect, it } from 'vitest'
import { formatResumeCode, newDraftToken, newResumeCode, normalizeResumeCode, resumeCodeAlphabet } from './draft-secrets.ts'

describe('draft tokens and resume codes', () => {
  it('makes tokens of 128 random bits', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newDraftToken))
    expect(tokens.size).toBe(1000)
    for (const token of tokens) expect(Buffer.from(token, 'base64url')).toHaveLength(16)
  })

  it('makes resume codes of 8 unambiguous characters, using the whole alphabet', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 500; i++) {
      const code = newResumeCode()
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)
      for (const ch of code) seen.add(ch)
    }
    expect(seen.size).toBe(resumeCodeAlphabet.length)
  })

  it('shows codes as XXXX-XXXX and reads them back however they are typed', () => {
    expect(formatResumeCode('ABCD2345')).toBe('ABCD-2345')
    expect(normalizeResumeCode('abcd 2345')).toBe('ABCD2345')
    expect(normalizeResumeCode('ABCD-2345')).toBe('ABCD2345')
    expect(normalizeResumeCode('ABCD-234O')).toBeNull()
    expect(normalizeResumeCode('ABC')).toBeNull()
  })
})
