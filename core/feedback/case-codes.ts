import type { CaseKind } from './deadlines.ts'

/** No 0/O, 1/I/L: codes are read aloud over the phone and typed from paper. */
export const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

const prefixes: Record<CaseKind, string> = { 'follow-up': 'HF', consultation: 'ZX', complaint: 'TS', suggestion: 'JY' }

/** Characters from random bytes (each byte picks one; the alphabet's 31 letters make the bias negligible here). */
export function codeChars(bytes: Uint8Array): string {
  return [...bytes].map((b) => codeAlphabet[b % codeAlphabet.length]).join('')
}

/**
 * A case number: kind prefix, year and 8 random characters, e.g. `TS-2026-7KQ3M9XA`. Random, not a
 * sequence, so numbers say nothing about how many complaints there were.
 */
export function caseNumber(kind: CaseKind, year: number, random8: Uint8Array): string {
  if (random8.length !== 8) throw new Error('a case number takes 8 random bytes')
  return `${prefixes[kind]}-${year}-${codeChars(random8)}`
}

/** The kind a case number names, or null if it is not one: accepts lower case and spaces. */
export function parseCaseNumber(input: string): { number: string; kind: CaseKind } | null {
  const number = input.trim().toUpperCase().replace(/\s+/g, '')
  const m = /^(HF|ZX|TS|JY)-(\d{4})-([2-9A-HJKMNP-Z]{8})$/.exec(number)
  if (!m) return null
  const kind = (Object.entries(prefixes).find(([, p]) => p === m[1])?.[0] ?? null) as CaseKind | null
  return kind ? { number, kind } : null
}

/** A query password (查询密码) of 8 characters from 8 random bytes. */
export function queryPassword(random8: Uint8Array): string {
  if (random8.length !== 8) throw new Error('a query password takes 8 random bytes')
  return codeChars(random8)
}

export function normalizePassword(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, '')
}
