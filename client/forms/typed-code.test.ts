import { describe, expect, it } from 'vitest'
import { typedCode } from './typed-code.ts'

describe('a code typed from the kiosk screen or a saved draft', () => {
  it('reads the kiosk short code as the kiosk shows it, in any case, with or without its space', () => {
    expect(typedCode('TFY RQ4')).toEqual({ kind: 'handoff', code: 'TFYRQ4' })
    expect(typedCode(' tfyrq4 ')).toEqual({ kind: 'handoff', code: 'TFYRQ4' })
  })

  it('reads a resume code with its hyphen', () => {
    expect(typedCode('abcd-ef23')).toEqual({ kind: 'resume', code: 'ABCDEF23' })
  })

  it('is not a code when it has letters a code never uses, the wrong length, or Chinese', () => {
    expect(typedCode('yingye')).toBeNull()
    expect(typedCode('TFY RQ')).toBeNull()
    expect(typedCode('营业执照')).toBeNull()
  })
})
