import { codeAlphabet } from '../../core/feedback/case-codes.ts'

/** A code as people type it from a screen or a slip: spaces and hyphens dropped, capitals. */
export type TypedCode = { kind: 'handoff' | 'resume'; code: string }

const readable = new RegExp(`^[${codeAlphabet}]+$`)

/**
 * Whether what was typed can be a kiosk's 6-character short code (`TFY RQ4`) or a draft's
 * 8-character resume code (`ABCD-EF23`); null otherwise. Both use the readable alphabet (no 0/O, 1/I/L).
 *
 * @example typedCode('tfy rq4') // { kind: 'handoff', code: 'TFYRQ4' }
 */
export function typedCode(input: string): TypedCode | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase()
  if (!readable.test(code)) return null
  if (code.length === 6) return { kind: 'handoff', code }
  if (code.length === 8) return { kind: 'resume', code }
  return null
}
