import { describe, expect, it } from 'vitest'
import { formatApplicationNumber, numberingYear, parseApplicationNumber } from './application-number.ts'

describe('application numbers', () => {
  it('reads as JC-year-sequence-check', () => {
    expect(formatApplicationNumber(2026, 123)).toMatch(/^JC-2026-000123-[\dX]$/)
    expect(formatApplicationNumber(2026, 1_234_567)).toMatch(/^JC-2026-1234567-[\dX]$/)
  })

  it('accepts its own numbers as people type them', () => {
    const number = formatApplicationNumber(2026, 123)
    expect(parseApplicationNumber(` ${number.toLowerCase()} `)).toBe(number)
  })

  it('catches any single mistyped digit and any swap of neighbouring digits', () => {
    const number = formatApplicationNumber(2026, 4187)
    const digits = number.replace(/-/g, '').slice(2, -1)
    for (let i = 0; i < digits.length; i++) {
      for (const d of '0123456789') {
        if (d === digits[i]) continue
        const typo = digits.slice(0, i) + d + digits.slice(i + 1)
        expect(parseApplicationNumber(`JC-${typo.slice(0, 4)}-${typo.slice(4)}-${number.at(-1)}`)).toBeNull()
      }
      if (i + 1 < digits.length && digits[i] !== digits[i + 1]) {
        const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)
        expect(parseApplicationNumber(`JC-${swapped.slice(0, 4)}-${swapped.slice(4)}-${number.at(-1)}`)).toBeNull()
      }
    }
  })

  it('numbers by the calendar year in China', () => {
    expect(numberingYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027)
    expect(numberingYear(new Date('2026-12-31T15:30:00Z'))).toBe(2026)
  })
})
