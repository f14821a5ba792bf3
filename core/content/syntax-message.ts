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

const messagesZh: Record<number, string> = {
  1: '意外的字符：检查是否少了引号或多了字母',
  2: '数字写得不对（请用阿拉伯数字，例如 20 或 0.5）',
  3: '这里应是用双引号括起的属性名，例如 "name"',
  4: '这里应是一个值（字符串、数字、对象、列表、true、false 或 null）',
  5: '属性名后面少了冒号 :',
  6: '这之前少了一个逗号 ,',
  7: '少了一个右花括号 }',
  8: '少了一个右方括号 ]',
  9: 'JSON 结束后还有多余的文字',
  10: 'JSON 里不能写注释',
  11: '注释没有结束（而且 JSON 里不能写注释）',
  12: '字符串没有结束：少了右引号 "',
  13: '数字提前结束了',
  14: '无效的 unicode 转义：\\u 后面要跟四位十六进制数',
  15: '无效的转义：请用 \\" \\\\ \\/ \\b \\f \\n \\r \\t 或 \\uXXXX',
  16: '字符串里有无效字符（是换行吗？请写成 \\n）',
}

/** Mistakes that do not confuse the parser about what follows, so the ones after them are real too. */
const standaloneCodes = new Set([2, 10, 11, 14, 15, 16])

/**
 * A plain-English message for one syntax error, naming the likely mistake, where to show it, and
 * whether it stands alone (rather than possibly echoing an earlier mistake).
 */
export function syntaxMessage(text: string, error: ParseError): { offset: number; message: string; zh: string; standalone: boolean } {
  const before = text.slice(0, error.offset).trimEnd()
  const at = text[error.offset]
  if ((error.error === 3 || error.error === 4) && before.endsWith(',') && (at === '}' || at === ']')) {
    return { offset: before.length - 1, message: `trailing comma: remove this , before the closing ${at}`, zh: `多余的逗号：请删除右括号 ${at} 前的这个 ,`, standalone: true }
  }
  if (error.error === 6 && (at === '}' || at === ']')) {
    const expected = at === '}' ? ']' : '}'
    return { offset: error.offset, message: `a closing ${expected} is missing before this ${at}`, zh: `这个 ${at} 之前少了一个 ${expected}`, standalone: false }
  }
  const message = messages[error.error] ?? 'this is not valid JSON'
  const zh = messagesZh[error.error] ?? '这不是有效的 JSON'
  const atEnd = error.offset >= text.trimEnd().length
  return {
    offset: error.offset,
    message: atEnd ? `unexpected end of file: ${message}` : message,
    zh: atEnd ? `文件意外结束：${zh}` : zh,
    standalone: standaloneCodes.has(error.error),
  }
}
