import { describe, expect, it } from 'vitest'
import { trustLevelOf } from './trust-level.ts'

describe('trustLevelOf', () => {
  it('reads the level from the last digits of an acr value', () => {
    expect(trustLevelOf('loa-3', {})).toBe(3)
    expect(trustLevelOf('urn:gd:ids:level:4', {})).toBe(4)
    expect(trustLevelOf(2, {})).toBe(2)
  })

  it('prefers the configured map to the digits', () => {
    expect(trustLevelOf('urn:mace:incommon:iap:silver', { 'urn:mace:incommon:iap:silver': 3 })).toBe(3)
    expect(trustLevelOf('loa-2', { 'loa-2': 4 })).toBe(4)
  })

  it('gives level 1 to a missing or unreadable claim, and never more than 5', () => {
    expect(trustLevelOf(undefined, {})).toBe(1)
    expect(trustLevelOf('high', {})).toBe(1)
    expect(trustLevelOf({ level: 4 }, {})).toBe(1)
    expect(trustLevelOf('loa-9', {})).toBe(5)
    expect(trustLevelOf(0, {})).toBe(1)
  })
})
