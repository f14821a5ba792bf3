import { newReadableCode, normalizeReadableCode, readableCodeAlphabet } from '../crypto/readable-code.ts'

/** Hand-off codes use the resume codes' alphabet: no 0/O or 1/I/L to misread on a screen or a slip. */
export const handoffCodeAlphabet = readableCodeAlphabet
export const handoffCodeLength = 6

/** 6 characters (31^6 ≈ 8.9e8 codes), drawn without modulo bias. */
export function newHandoffCode(): string {
  return newReadableCode(handoffCodeLength)
}

/** Accepts what people type (lower case, spaces, a hyphen); null if it cannot be a hand-off code. */
export function normalizeHandoffCode(input: string): string | null {
  return normalizeReadableCode(input, handoffCodeLength)
}
