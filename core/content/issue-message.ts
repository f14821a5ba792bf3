import type { z } from 'zod'

type RawIssue = z.core.$ZodRawIssue

/** How a value looks in a message: strings quoted as written, objects and lists named. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list [ … ]'
  if (typeof value === 'object') return 'an object { … }'
  return JSON.stringify(value)
}

const expectedNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  null: 'null',
  record: 'an object { … }',
  literal: 'a fixed value',
}

export function expectedName(expected: string): string {
  return expectedNames[expected] ?? expected
}

function sizeMessage(issue: RawIssue & { origin?: string }, bound: number, inclusive: boolean, small: boolean): string {
  if (issue.origin === 'string') {
    if (small && bound <= 1) return 'must not be empty'
    return small ? `must be at least ${bound} characters long` : `must be at most ${bound} characters long`
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    const items = bound === 1 ? 'item' : 'items'
    return small ? `needs at least ${bound} ${items}` : `may have at most ${bound} ${items}`
  }
  if (small) return inclusive ? `must be at least ${bound}, got ${describeValue(issue.input)}` : `must be greater than ${bound}, got ${describeValue(issue.input)}`
  return inclusive ? `must be at most ${bound}, got ${describeValue(issue.input)}` : `must be less than ${bound}, got ${describeValue(issue.input)}`
}

/**
 * A per-parse zod error map in plain English. A message written in a schema (e.g. the Slug's
 * "use lower-case letters...") still wins: zod asks this map only when the schema has none.
 */
export function plainMessage(issue: RawIssue): string {
  const i = issue as RawIssue & Record<string, unknown>
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required: a value is missing'
      return `expected ${expectedName(String(i.expected))}, got ${describeValue(issue.input)}`
    case 'too_small':
      return sizeMessage(issue, Number(i.minimum), i.inclusive !== false, true)
    case 'too_big':
      return sizeMessage(issue, Number(i.maximum), i.inclusive !== false, false)
    case 'invalid_value': {
      const values = (i.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')
      return `${describeValue(issue.input)} is not allowed here (use one of ${values})`
    }
    case 'invalid_format':
      if (i.format === 'url') return `expected a web address such as "https://www.example.gov.cn", got ${describeValue(issue.input)}`
      if (i.format === 'regex') return `${describeValue(issue.input)} does not have the expected form ${String(i.pattern)}`
      return `${describeValue(issue.input)} is not a valid ${String(i.format)}`
    case 'not_multiple_of':
      return `must be a multiple of ${String(i.divisor)}`
    default:
      return 'this value is not allowed here'
  }
}

/** How a value looks in a Chinese message. */
export function describeValueZh(value: unknown): string {
  if (value === undefined) return '空'
  if (value === null) return 'null'
  if (Array.isArray(value)) return '一个列表 [ … ]'
  if (typeof value === 'object') return '一个对象 { … }'
  return JSON.stringify(value)
}

const expectedNamesZh: Record<string, string> = {
  string: '文字（字符串）',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  object: '对象 { … }',
  array: '列表 [ … ]',
  null: 'null',
  record: '对象 { … }',
  literal: '固定值',
}

export function expectedNameZh(expected: string): string {
  return expectedNamesZh[expected] ?? expected
}

/** Messages written in the schemas themselves, in Chinese (the English is the schema's). */
const schemaMessagesZh: Record<string, string> = {
  'the Chinese text (zh) is empty': '中文（zh）是空的',
  'the English translation (en) is missing': '缺少英文翻译（en）',
  'use lower-case letters, digits and hyphens, e.g. "food-business-licence"': '请只用小写字母、数字和连字符，例如 "food-business-licence"',
  'write a phone number with digits and hyphens, e.g. "0571-87001234"': '电话号码请用数字和连字符，例如 "0571-87001234"',
  'write the date as YYYY-MM-DD': '日期请写成 YYYY-MM-DD',
  'write the date as YYYY-MM-DD, e.g. 2026-10-01': '日期请写成 YYYY-MM-DD，例如 2026-10-01',
  'a field id may not start with "$"': '字段标识不能以 "$" 开头',
}

function sizeMessageZh(origin: unknown, bound: number, inclusive: boolean, small: boolean, input: unknown): string {
  if (origin === 'string') {
    if (small && bound <= 1) return '不能为空'
    return small ? `至少要 ${bound} 个字符` : `最多 ${bound} 个字符`
  }
  if (origin === 'array' || origin === 'set') return small ? `至少要 ${bound} 项` : `最多 ${bound} 项`
  const got = `，写的是 ${describeValueZh(input)}`
  if (small) return inclusive ? `不能小于 ${bound}${got}` : `必须大于 ${bound}${got}`
  return inclusive ? `不能大于 ${bound}${got}` : `必须小于 ${bound}${got}`
}

/**
 * The Chinese for a schema issue, from the issue and the value it is about. A message written in
 * the schema is looked up in its own table; one not yet translated is given in English.
 */
export function plainMessageZh(zodIssue: { code: string; message: string }, input: unknown): string {
  const issue = zodIssue as { code: string; message: string } & Record<string, unknown>
  const written = schemaMessagesZh[issue.message]
  if (written) return written
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return '必填：缺少一个值'
      return `这里应是${expectedNameZh(String(issue.expected))}，写的是 ${describeValueZh(input)}`
    case 'too_small':
      return sizeMessageZh(issue.origin, Number(issue.minimum), issue.inclusive !== false, true, input)
    case 'too_big':
      return sizeMessageZh(issue.origin, Number(issue.maximum), issue.inclusive !== false, false, input)
    case 'invalid_value': {
      const values = ((issue.values as unknown[]) ?? []).map((v) => JSON.stringify(v)).join('、')
      return `这里不能写 ${describeValueZh(input)}（可用：${values}）`
    }
    case 'invalid_format':
      if (issue.format === 'url') return `这里应是网址，例如 "https://www.example.gov.cn"，写的是 ${describeValueZh(input)}`
      if (issue.format === 'regex') return `${describeValueZh(input)} 的格式不对，应符合 ${String(issue.pattern)}`
      return `${describeValueZh(input)} 不是有效的 ${String(issue.format)}`
    case 'not_multiple_of':
      return `必须是 ${String(issue.divisor)} 的倍数`
    default:
      return issue.message
  }
}
