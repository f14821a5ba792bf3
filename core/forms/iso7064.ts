/**
 * ISO 7064 MOD 11-2: the check character of 身份证号 (GB 11643) and of our application numbers.
 * It catches every single-digit error and every swap of two adjacent digits.
 *
 * @example mod11_2CheckChar('11010519491231002') // 'X'
 */
export function mod11_2CheckChar(digits: string): string {
  let p = 0
  for (const ch of digits) {
    const d = ch.charCodeAt(0) - 48
    if (d < 0 || d > 9) throw new RangeError(`ISO 7064 MOD 11-2 takes digits only, got "${ch}"`)
    p = ((p + d) * 2) % 11
  }
  const check = (12 - p) % 11
  return check === 10 ? 'X' : String(check)
}
