import { describe, expect, it } from 'vitest'
import { validateIdCard } from './validate-id-card.ts'

// The GB 11643 check as the standard states it (weights 2^(17-i) mod 11), written independently of
// the code under test so valid fixtures are computed rather than copied.
function withCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0)
  return first17 + '10X98765432'[sum % 11]
}

describe('validateIdCard', () => {
  it('accepts the sample number printed in GB 11643', () => {
    expect(validateIdCard('11010519491231002X')).toBeNull()
  })

  it('accepts real-format numbers from several provinces, with a lower-case x or spaces', () => {
    for (const first17 of ['33010219900307123', '44030819991110151', '51010720000229004', '65010219851201887', '81000019700101001']) {
      expect(validateIdCard(withCheck(first17))).toBeNull()
    }
    expect(validateIdCard('11010519491231002x')).toBeNull()
    expect(validateIdCard('110105 19491231 002X')).toBeNull()
  })

  it('refuses a number whose check character is wrong', () => {
    expect(validateIdCard('110105194912310021')).toBe('id_card_checksum')
    expect(validateIdCard('330102199003071231')).toBe('id_card_checksum')
  })

  it('catches two adjacent digits swapped', () => {
    expect(validateIdCard('330102199030071230')).not.toBeNull()
    expect(validateIdCard('303102199003071230')).not.toBeNull()
  })

  it('refuses impossible birth dates, even with a correct check character', () => {
    expect(validateIdCard(withCheck('11010519491331002'))).toBe('id_card_birth_date')
    expect(validateIdCard(withCheck('51010720010229004'))).toBe('id_card_birth_date')
    expect(validateIdCard(withCheck('11010518000101002'))).toBe('id_card_birth_date')
  })

  it('refuses region codes that no province has', () => {
    expect(validateIdCard(withCheck('99010519491231002'))).toBe('id_card_region')
    expect(validateIdCard(withCheck('01010519491231002'))).toBe('id_card_region')
  })

  it('refuses old 15-digit numbers and stray letters as a format problem', () => {
    expect(validateIdCard('110105491231002')).toBe('id_card_format')
    expect(validateIdCard('11010519491231002Y')).toBe('id_card_format')
    expect(validateIdCard('')).toBe('id_card_format')
  })
})
