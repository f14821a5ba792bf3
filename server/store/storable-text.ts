/**
 * Text both stores keep exactly as given. PostgreSQL refuses U+0000 in text and JSONB and turns a lone
 * UTF-16 surrogate into U+FFFD (or refuses it in JSONB), while SQLite stores either as is; other C0
 * control characters (tab, line feed and carriage return aside) are never typed by a person and only
 * confuse logs and exports. So this rule is checked before anything reaches either store: the HTTP
 * layer refuses such text with a located 422, and the stores refuse it again, the same way.
 */
export type UnstorableText = { pointer: string; reason: string }

// U+0000-U+001F except \t \n \r, U+007F, and any surrogate not in a valid pair.
const refused = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Why a string cannot be stored, or null when it can. */
export function unstorableReason(text: string): string | null {
  const match = refused.exec(text)
  if (!match) return null
  const code = match[0].charCodeAt(0)
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  if (code === 0) return 'contains a NUL character (U+0000); remove it'
  if (code >= 0xd800 && code <= 0xdfff) return `contains a lone UTF-16 surrogate (${hex}) that is not a character; send valid Unicode`
  return `contains the control character ${hex}; remove it`
}

/**
 * The first string (keys included) anywhere in a JSON-like value that cannot be stored, with its JSON
 * pointer; null when all can. Iterative, so a deep value cannot exhaust the stack.
 *
 * @example findUnstorableText({ name: 'a\u0000b' }) // { pointer: '/name', reason: 'contains a NUL character (U+0000); remove it' }
 */
export function findUnstorableText(value: unknown, base = ''): UnstorableText | null {
  const stack: { value: unknown; pointer: string }[] = [{ value, pointer: base }]
  while (stack.length > 0) {
    const { value: v, pointer } = stack.pop()!
    if (typeof v === 'string') {
      const reason = unstorableReason(v)
      if (reason) return { pointer, reason }
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], pointer: `${pointer}/${i}` })
    } else if (typeof v === 'object' && v !== null && !(v instanceof Date)) {
      for (const [key, inner] of Object.entries(v)) {
        const at = `${pointer}/${escapePointer(key)}`
        const reason = unstorableReason(key)
        if (reason) return { pointer: at, reason: `its key ${reason}` }
        stack.push({ value: inner, pointer: at })
      }
    }
  }
  return null
}

/** Thrown by a store given text it cannot keep; the HTTP layer answers it with 422 invalid_text. */
export class UnstorableTextError extends Error {
  constructor(readonly problem: UnstorableText) {
    super(`Text that cannot be stored at ${problem.pointer || '(value)'}: ${problem.reason}`)
    this.name = 'UnstorableTextError'
  }
}

/** Throws UnstorableTextError for the first unstorable string in `value`. */
export function assertStorable(value: unknown, base = ''): void {
  const problem = findUnstorableText(value, base)
  if (problem) throw new UnstorableTextError(problem)
}

/** RFC 6901: "~" and "/" in a key are escaped so the pointer stays unambiguous. */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}
