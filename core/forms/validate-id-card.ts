import { mod11_2CheckChar } from './iso7064.ts'

/** Why a 身份证号 (GB 11643-1999 citizen identity number) was refused. */
export type IdCardProblem = 'id_card_format' | 'id_card_region' | 'id_card_birth_date' | 'id_card_checksum'

/**
 * Checks an 18-character 身份证号: 6-digit region, 8-digit birth date, 3-digit sequence, and the
 * ISO 7064 MOD 11-2 check character (0-9 or X). A lower-case x is accepted, as people type it.
 * Returns null when valid.
 *
 * @example validateIdCard('11010519491231002X') // null
 */
export function validateIdCard(input: string): IdCardProblem | null {
  const value = normalizeIdCard(input)
  if (!/^\d{17}[\dX]$/.test(value)) return 'id_card_format'
  // Province codes run from 11 (北京) to 82 (澳门); anything else was mistyped.
  const province = Number(value.slice(0, 2))
  if (province < 11 || province > 82) return 'id_card_region'
  if (!isRealDate(value.slice(6, 14))) return 'id_card_birth_date'
  if (mod11_2CheckChar(value.slice(0, 17)) !== value[17]) return 'id_card_checksum'
  return null
}

/** Upper-cases the check character and drops spaces people type between groups of digits. */
export function normalizeIdCard(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

function isRealDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
