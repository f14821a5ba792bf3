import type { ParseError } from 'jsonc-parser'

// jsonc-parser's ParseErrorCode is a const enum, which isolated modules cannot read; these are its values.
const messages: Record<number, string> = {
  1: 'unexpected character: check for a missing quote or a stray letter',
  2: 'this number is not written correctly (use digits, e.g. 20 or 0.5)',
  3: 'expected a property name in double quotes, e.g. "name"',
  4: 'expected a value (a string, number, object, array, true, false or null)',
  5: 'expected a colon : after the property name',
  6: 'a comma , is missing before this',
  7: 'a closing } is missing',
  8: 'a closing ] is missing',
  9: 'unexpected text after the end of the JSON value',
  10: 'comments are not allowed in JSON',
  11: 'a comment is not closed (and comments are not allowed in JSON)',
  12: 'a string is not closed: a closing " is missing',
  13: 'a number ends too early',
  14: 'invalid unicode escape: write \\u followed by four hex digits',
  15: 'invalid escape: use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX',
  16: 'invalid character inside a string (a line break? write \\n instead)',
}

/** Mistakes that do not confuse the parser about what follows, so the ones after them are real too. */
const standaloneCodes = new Set([2, 10, 11, 14, 15, 16])

/**
 * A plain-English message for one syntax error, naming the likely mistake, where to show it, and
 * whether it stands alone (rather than possibly echoing an earlier mistake).
 */
export function syntaxMessage(text: string, error: ParseError): { offset: number; message: string; standalone: boolean } {
  const before = text.slice(0, error.offset).trimEnd()
  const at = text[error.offset]
  if ((error.error === 3 || error.error === 4) && before.endsWith(',') && (at === '}' || at === ']')) {
    return { offset: before.length - 1, message: `trailing comma: remove this , before the closing ${at}`, standalone: true }
  }
  if (error.error === 6 && (at === '}' || at === ']')) {
    const expected = at === '}' ? ']' : '}'
    return { offset: error.offset, message: `a closing ${expected} is missing before this ${at}`, standalone: false }
  }
  const message = messages[error.error] ?? 'this is not valid JSON'
  const atEnd = error.offset >= text.trimEnd().length
  return { offset: error.offset, message: atEnd ? `unexpected end of file: ${message}` : message, standalone: standaloneCodes.has(error.error) }
}
