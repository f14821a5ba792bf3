import { describe, expect, it } from 'vitest'
import { validateUscc } from './validate-uscc.ts'

// GB 32100-2015's check as the standard states it, written apart from the code under test.
const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY'
function withCheck(first17: string): string {
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  const sum = [...first17].reduce((s, ch, i) => s + charset.indexOf(ch) * (weights[i] ?? 0), 0)
  const c = 31 - (sum % 31)
  return first17 + charset[c === 31 ? 0 : c]
}

describe('validateUscc', () => {
  it('accepts a code as printed on a business licence', () => {
    expect(validateUscc('91350100M000100Y43')).toBeNull()
  })

  it('accepts real-format codes of companies, sole traders and public bodies', () => {
    for (const first17 of ['91330100MA2J0A1B2', '92330102MA28K3L5X', '12330000470051726', '52330100MJ8800123', '91110108551385082']) {
      expect(validateUscc(withCheck(first17))).toBeNull()
    }
    expect(validateUscc('91350100m000100y43')).toBeNull()
  })

  it('refuses a code whose check character is wrong', () => {
    expect(validateUscc('91350100M000100Y44')).toBe('uscc_checksum')
    expect(validateUscc('91350100M000100Y34')).toBe('uscc_checksum')
  })

  it('refuses letters the standard leaves out, and wrong lengths', () => {
    expect(validateUscc('91350100M000100I43')).toBe('uscc_format')
    expect(validateUscc('91350100O000100Y43')).toBe('uscc_format')
    expect(validateUscc('91350100M000100Y4')).toBe('uscc_format')
    expect(validateUscc('Z1350100M000100Y43')).toBe('uscc_format')
  })

  it('refuses a region part that is not six digits', () => {
    expect(validateUscc(withCheck('913501A0M000100Y4'))).toBe('uscc_format')
  })
})
