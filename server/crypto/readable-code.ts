import { randomBytes } from 'node:crypto'

/** Letters and digits no one confuses when reading aloud, typing or reading off a slip: no 0/O, 1/I/L. */
export const readableCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/**
 * `length` random characters of the readable alphabet, drawn without modulo bias: the resume codes of
 * drafts and the hand-off codes of the kiosk.
 *
 * @example newReadableCode(8) // 'K7P2QXM4'
 */
export function newReadableCode(length: number): string {
  let code = ''
  while (code.length < length) {
    for (const byte of randomBytes(16)) {
      // 248 = 8 * 31: bytes above it would favour the first letters.
      if (byte < 248 && code.length < length) code += readableCodeAlphabet[byte % readableCodeAlphabet.length]
    }
  }
  return code
}

/** Accepts what people type (lower case, spaces, a hyphen); null if it cannot be a code of `length`. */
export function normalizeReadableCode(input: string, length: number): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase()
  return code.length === length && [...code].every((ch) => readableCodeAlphabet.includes(ch)) ? code : null
}
