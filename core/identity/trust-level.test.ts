import { describe, expect, it } from 'vitest'
import { levelShortfall, trustLevelOf } from './trust-level.ts'

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

describe('levelShortfall', () => {
  it('lets anyone submit a matter that needs no level, signed in or not', () => {
    expect(levelShortfall(undefined, null)).toBeNull()
    expect(levelShortfall(undefined, 1)).toBeNull()
  })

  it('lets a citizen at or above the level submit, and says what is missing for one below it or not signed in', () => {
    expect(levelShortfall(3, 3)).toBeNull()
    expect(levelShortfall(3, 5)).toBeNull()
    expect(levelShortfall(3, 2)).toEqual({ required: 3, held: 2 })
    expect(levelShortfall(2, null)).toEqual({ required: 2, held: null })
  })
})
