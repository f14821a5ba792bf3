import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

/** Seals and opens personal values with AES-256-GCM, and hashes values that must be found again. */
export type PersonalDataCipher = {
  /** `v1.<iv>.<ciphertext>.<tag>` in base64url; a fresh 96-bit IV each time. */
  seal(plaintext: string): string
  /** Throws when the value was tampered with or sealed under another key. */
  open(sealed: string): string
  /** A keyed hash (HMAC-SHA-256) for lookups: a stolen database cannot be searched by guessing short values. */
  hash(purpose: string, value: string): string
}

/**
 * @example const cipher = createCipher(loadDataKey(settings)); cipher.open(cipher.seal('13812345678'))
 */
export function createCipher(key: Buffer): PersonalDataCipher {
  if (key.length !== 32) throw new Error(`The data key must be 32 bytes, got ${key.length}`)
  // Separate subkeys so the encryption key never doubles as a MAC key.
  const encryptionKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'scene-lobby personal data encryption', 32))
  const hashKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'scene-lobby lookup hash', 32))
  return {
    seal(plaintext) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv)
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      return ['v1', iv.toString('base64url'), ciphertext.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.')
    },
    open(sealed) {
      const [version, iv, ciphertext, tag] = sealed.split('.')
      if (version !== 'v1' || iv === undefined || ciphertext === undefined || tag === undefined) throw new Error('Not a sealed value')
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8')
    },
    hash(purpose, value) {
      return createHmac('sha256', hashKey).update(`${purpose}\u0000${value}`).digest('base64url')
    },
  }
}
