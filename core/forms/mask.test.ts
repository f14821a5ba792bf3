import { describe, expect, it } from 'vitest'
import { maskEmail, maskIdCard, maskPhone, maskText } from './mask.ts'

describe('masking personal values', () => {
  it('keeps the first four and last four characters of an ID number', () => {
    expect(maskIdCard('330102199003071230')).toBe('3301**********1230')
  })

  it('keeps the prefix and the last four digits of a mobile', () => {
    expect(maskPhone('138 1234 5678')).toBe('138****5678')
    expect(maskPhone('0599-86012345')).toBe('********2345')
  })

  it('keeps only the first character of a name', () => {
    expect(maskText('张小明')).toBe('张**')
    expect(maskText('李')).toBe('*')
  })

  it('keeps the first character of an e-mail mailbox and its domain', () => {
    expect(maskEmail('wang.xiaoming@example.cn')).toBe('w***@example.cn')
  })
})
