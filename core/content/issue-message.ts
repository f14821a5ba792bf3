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
