import { randomBytes } from 'node:crypto'
import { isDraftToken } from '../../core/routes/draft-link.ts'
import { newReadableCode, normalizeReadableCode, readableCodeAlphabet } from '../crypto/readable-code.ts'

/** Letters and digits no one confuses when reading aloud or typing: no 0/O, 1/I/L. */
export const resumeCodeAlphabet = readableCodeAlphabet

/** The draft token in resume links: 128 random bits, base64url (22 characters). */
export function newDraftToken(): string {
  return randomBytes(16).toString('base64url')
}

/** Whether a value can be a draft token (the one shape, core/routes/draft-link.ts, that links are read with too). */
export const isDraftTokenShape = isDraftToken

/** 8 characters from the unambiguous alphabet, drawn without modulo bias. Stored without the hyphen. */
export function newResumeCode(): string {
  return newReadableCode(8)
}

/** Shown as XXXX-XXXX. */
export function formatResumeCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

/** Accepts what people type (lower case, spaces, a hyphen); null if it cannot be a resume code. */
export function normalizeResumeCode(input: string): string | null {
  return normalizeReadableCode(input, 8)
}
