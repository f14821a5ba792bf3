import { describe, expect, it } from 'vitest'
import { resumeLink } from './resume-link.ts'

describe('the link that resumes a draft', () => {
  it('carries the token only in the fragment, which browsers never send to a server', () => {
    const link = new URL(resumeLink('https://lobby.example.gov.cn', 'q3Vd1cZ0JtQ4x9YbA2mK7w'))
    expect(link.toString()).toBe('https://lobby.example.gov.cn/resume#q3Vd1cZ0JtQ4x9YbA2mK7w')
    expect(link.pathname + link.search).toBe('/resume')
  })
})
