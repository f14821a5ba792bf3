/** Why a typed number is not accepted, or the number itself. */
export type NumberCheck = { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-a-number' | 'too-small' | 'too-large' }

/** Reads what a citizen typed (full-width digits and thousands commas too) against the question's bounds. */
export function checkNumber(typed: string, min?: number, max?: number): NumberCheck {
  const normal = typed
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[,，]/g, '')
  if (normal === '') return { ok: false, reason: 'empty' }
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return { ok: false, reason: 'not-a-number' }
  const value = Number(normal)
  if (min !== undefined && value < min) return { ok: false, reason: 'too-small' }
  if (max !== undefined && value > max) return { ok: false, reason: 'too-large' }
  return { ok: true, value }
}
