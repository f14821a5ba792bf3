import { describe, expect, it } from 'vitest'

describe('the no-eval setting', () => {
  it('makes zod, loaded afterwards, parse without compiling code', async () => {
    await import('./no-eval.ts')
    const { config } = await import('zod/v4/core')
    expect(config().jitless).toBe(true)
  })
})
