import { mod11_2CheckChar } from '../../core/forms/iso7064.ts'

/**
 * Application numbers (办件编号) as citizens read them out: JC-2026-000123-7. The last character is
 * an ISO 7064 MOD 11-2 check over year and sequence, so a mistyped number is caught before lookup.
 */
export function formatApplicationNumber(year: number, sequence: number): string {
  const seq = String(sequence).padStart(6, '0')
  return `JC-${year}-${seq}-${mod11_2CheckChar(`${year}${seq}`)}`
}

/** Upper-cases and trims a typed number; null when its shape or its check character is wrong. */
export function parseApplicationNumber(input: string): string | null {
  const value = input.trim().toUpperCase()
  const match = /^JC-(\d{4})-(\d{6,9})-([\dX])$/.exec(value)
  if (!match) return null
  return mod11_2CheckChar(`${match[1]}${match[2]}`) === match[3] ? value : null
}

/** The year an application is numbered in: the calendar year in China (UTC+8), not in UTC. */
export function numberingYear(now: Date): number {
  return new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear()
}
