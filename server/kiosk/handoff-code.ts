import { randomBytes } from 'node:crypto'
import { resumeCodeAlphabet } from '../drafts/draft-secrets.ts'

/** Hand-off codes use the resume codes' alphabet: no 0/O or 1/I/L to misread on a screen or a slip. */
export const handoffCodeAlphabet = resumeCodeAlphabet
export const handoffCodeLength = 6

/** 6 characters (31^6 ≈ 8.9e8 codes), drawn without modulo bias. */
export function newHandoffCode(): string {
  let code = ''
  while (code.length < handoffCodeLength) {
    for (const byte of randomBytes(12)) {
      // 248 = 8 * 31: bytes above it would favour the first letters.
      if (byte < 248 && code.length < handoffCodeLength) code += handoffCodeAlphabet[byte % handoffCodeAlphabet.length]
    }
  }
  return code
}

/** Accepts what people type (lower case, spaces, a hyphen); null if it cannot be a hand-off code. */
export function normalizeHandoffCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase()
  return code.length === handoffCodeLength && [...code].every((ch) => handoffCodeAlphabet.includes(ch)) ? code : null
}
