import { describe, expect, it } from 'vitest'
import { newStaffToken, secretMatches, sha256, splitStaffToken } from './staff-token.ts'

describe('staff tokens', () => {
  it('stores only the hash of the secret, and matches the right secret alone', () => {
    const { token, stored } = newStaffToken('窗口 5 李明', new Date('2026-10-08T00:00:00Z'), 30)
    const parts = splitStaffToken(token)!
    expect(parts.id).toBe(stored.id)
    expect(stored.tokenHash).toBe(sha256(parts.secret))
    expect(JSON.stringify(stored)).not.toContain(parts.secret)
    expect(secretMatches(parts.secret, stored)).toBe(true)
    expect(secretMatches('A'.repeat(32), stored)).toBe(false)
    expect(stored.expiresAt.toISOString()).toBe('2026-11-07T00:00:00.000Z')
  })

  it('refuses strings not shaped like a token', () => {
    expect(splitStaffToken('')).toBeNull()
    expect(splitStaffToken('Bearer st_abc.def')).toBeNull()
    expect(splitStaffToken(`st_${'g'.repeat(12)}.${'A'.repeat(32)}`)).toBeNull()
  })
})
