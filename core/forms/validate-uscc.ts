/** Why a 统一社会信用代码 (GB 32100-2015 unified social credit code) was refused. */
export type UsccProblem = 'uscc_format' | 'uscc_checksum'

/** The 31 characters GB 32100 allows: digits and capitals without I, O, S, V, Z. */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/**
 * Checks an 18-character 统一社会信用代码: registering authority, organisation type, 6-digit region,
 * 9-character organisation code and the MOD 31 check character. Returns null when valid.
 *
 * @example validateUscc('91350100M000100Y43') // null
 */
export function validateUscc(input: string): UsccProblem | null {
  const value = normalizeUscc(input)
  if (value.length !== 18 || [...value].some((ch) => !alphabet.includes(ch))) return 'uscc_format'
  if (!/^[1-9A-HNY][0-9A-Z]\d{6}/.test(value)) return 'uscc_format'
  if (usccCheckChar(value.slice(0, 17)) !== value[17]) return 'uscc_checksum'
  return null
}

/** The check character for the first 17 characters of a code. */
export function usccCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(first17[i] ?? '') * (weights[i] ?? 0)
  return alphabet[(31 - (sum % 31)) % 31] ?? ''
}

export function normalizeUscc(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}
