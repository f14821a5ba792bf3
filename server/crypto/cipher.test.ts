import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createCipher } from './cipher.ts'

const cipher = createCipher(randomBytes(32))

describe('the personal data cipher', () => {
  it('opens what it sealed, and never seals the same value the same way twice', () => {
    const a = cipher.seal('330102199003071230')
    const b = cipher.seal('330102199003071230')
    expect(a).not.toBe(b)
    expect(a).not.toContain('330102199003071230')
    expect(cipher.open(a)).toBe('330102199003071230')
    expect(cipher.open(cipher.seal('张小明'))).toBe('张小明')
  })

  it('refuses a sealed value that was tampered with', () => {
    const sealed = cipher.seal('13812345678')
    const [v, iv, ct, tag] = sealed.split('.')
    const flipped = Buffer.from(ct!, 'base64url')
    flipped[0] = flipped[0]! ^ 1
    expect(() => cipher.open([v, iv, flipped.toString('base64url'), tag].join('.'))).toThrow()
  })

  it('refuses a value sealed under another key', () => {
    expect(() => createCipher(randomBytes(32)).open(cipher.seal('13812345678'))).toThrow()
  })

  it('hashes the same value the same way per purpose, and differently under another key', () => {
    expect(cipher.hash('lookup', '1230')).toBe(cipher.hash('lookup', '1230'))
    expect(cipher.hash('lookup', '1230')).not.toBe(cipher.hash('resume', '1230'))
    expect(createCipher(randomBytes(32)).hash('lookup', '1230')).not.toBe(cipher.hash('lookup', '1230'))
  })

  it('refuses a key of the wrong length', () => {
    expect(() => createCipher(randomBytes(16))).toThrow(/32 bytes/)
  })
})
