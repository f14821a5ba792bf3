import { describe, expect, it } from 'vitest'
import { draftLink, draftTokenOfLink, isDraftToken } from './draft-link.ts'

const token = 'AbC_dEf-0123456789abcd'

describe('draft links', () => {
  it('puts the token in the fragment of /resume, never in the path or the query', () => {
    expect(draftLink(token)).toBe('/resume#AbC_dEf-0123456789abcd')
    const url = new URL(draftLink(token), 'https://lobby.example.gov.cn')
    expect(url.pathname + url.search).toBe('/resume')
    expect(url.hash).toBe('#AbC_dEf-0123456789abcd')
  })

  it('reads the token back from a draft link', () => {
    expect(draftTokenOfLink('/resume', '#AbC_dEf-0123456789abcd')).toBe(token)
    expect(draftTokenOfLink('/resume/', '#AbC_dEf-0123456789abcd')).toBe(token)
  })

  it('still reads the token of a link of the old form, with the token in the path', () => {
    expect(draftTokenOfLink('/resume/AbC_dEf-0123456789abcd', '')).toBe(token)
  })

  it('finds no token in /resume alone, in a fragment that is not a token, or on another page', () => {
    expect(draftTokenOfLink('/resume', '')).toBeNull()
    expect(draftTokenOfLink('/resume', '#main')).toBeNull()
    expect(draftTokenOfLink('/resume', '#AbC_dEf-0123456789abcd-and-more')).toBeNull()
    expect(draftTokenOfLink('/forms/company-establishment', '#AbC_dEf-0123456789abcd')).toBeNull()
    expect(draftTokenOfLink('/resume/a/b', '')).toBeNull()
  })

  it('takes only the 22 base64url characters the server draws as a token', () => {
    expect(isDraftToken(token)).toBe(true)
    expect(isDraftToken('AbC_dEf-0123456789abc')).toBe(false)
    expect(isDraftToken('AbC_dEf-0123456789abc=')).toBe(false)
  })
})
