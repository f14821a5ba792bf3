/**
 * A UI string parsed once: plain text, `{name}` slots, and ICU-style plurals
 * `{n, plural, one {# copy} other {# copies}}` whose branches are messages themselves.
 */
export type MessagePart =
  | { kind: 'text'; text: string }
  | { kind: 'slot'; name: string }
  | { kind: 'number' }
  | { kind: 'plural'; name: string; branches: Map<string, MessagePart[]>; source: string }

export type ParsedMessage = { parts: MessagePart[] } | { problem: string }

/** The plural categories of Intl.PluralRules; `=N` selects an exact number instead. */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const

const nameChar = /[A-Za-z0-9_]/

/**
 * `parseMessage('{n, plural, one {# copy} other {# copies}}')` -> one plural part with two branches.
 * Never throws: a malformed string comes back as `{ problem }` saying what is wrong and where.
 */
export function parseMessage(template: string): ParsedMessage {
  const reader = { text: template, at: 0 }
  try {
    const parts = readParts(reader, false)
    if (reader.at < template.length) fail(reader, 'a "}" closes nothing')
    return { parts }
  } catch (error) {
    if (error instanceof MessageSyntaxError) return { problem: error.message }
    throw error
  }
}

/** The parameter names a message reads, sorted: both languages of a string must read the same ones. */
export function messageParams(parts: readonly MessagePart[]): string[] {
  const names = new Set<string>()
  const visit = (list: readonly MessagePart[]) => {
    for (const part of list) {
      if (part.kind === 'slot') names.add(part.name)
      if (part.kind === 'plural') {
        names.add(part.name)
        for (const branch of part.branches.values()) visit(branch)
      }
    }
  }
  visit(parts)
  return [...names].sort()
}

class MessageSyntaxError extends Error {}

type Reader = { text: string; at: number }

function fail(reader: Reader, what: string, at = reader.at): never {
  throw new MessageSyntaxError(`${what} at character ${at + 1} of "${reader.text}"`)
}

function readParts(reader: Reader, inBranch: boolean): MessagePart[] {
  const parts: MessagePart[] = []
  let text = ''
  const flush = () => {
    if (text) parts.push({ kind: 'text', text })
    text = ''
  }
  while (reader.at < reader.text.length) {
    const char = reader.text[reader.at]!
    if (char === '}') break
    if (char === '{') {
      flush()
      parts.push(readPlaceholder(reader))
    } else if (char === '#' && inBranch) {
      flush()
      parts.push({ kind: 'number' })
      reader.at++
    } else {
      text += char
      reader.at++
    }
  }
  flush()
  return parts
}

function readPlaceholder(reader: Reader): MessagePart {
  const start = reader.at
  reader.at++ // {
  skipSpaces(reader)
  const name = readName(reader)
  if (!name) fail(reader, 'a "{" must be followed by a parameter name, like {n}')
  skipSpaces(reader)
  if (reader.text[reader.at] === '}') {
    reader.at++
    return { kind: 'slot', name }
  }
  if (reader.text[reader.at] !== ',') fail(reader, `{${name} must be closed with "}"`)
  reader.at++
  skipSpaces(reader)
  const typeAt = reader.at
  if (readName(reader) !== 'plural') fail(reader, `only "plural" may follow "{${name},", as in {${name}, plural, one {…} other {…}}`, typeAt)
  skipSpaces(reader)
  if (reader.text[reader.at] !== ',') fail(reader, `write a "," after "{${name}, plural"`)
  reader.at++
  const branches = readBranches(reader, name, start)
  if (!branches.has('other')) fail(reader, `the plural of {${name}} needs an "other" text, used for any number the others do not cover`, start)
  return { kind: 'plural', name, branches, source: reader.text.slice(start, reader.at) }
}

function readBranches(reader: Reader, name: string, start: number): Map<string, MessagePart[]> {
  const branches = new Map<string, MessagePart[]>()
  for (;;) {
    skipSpaces(reader)
    if (reader.at >= reader.text.length) fail(reader, `the plural of {${name}} is not closed with "}"`, start)
    if (reader.text[reader.at] === '}') {
      reader.at++
      break
    }
    const selector = readSelector(reader)
    skipSpaces(reader)
    if (reader.text[reader.at] !== '{') fail(reader, `write the text for "${selector}" in braces, as in ${selector} {…}`)
    reader.at++
    const parts = readParts(reader, true)
    if (reader.text[reader.at] !== '}') fail(reader, `the "${selector}" text is not closed with "}"`)
    reader.at++
    if (branches.has(selector)) fail(reader, `"${selector}" is given twice in the plural of {${name}}`)
    branches.set(selector, parts)
  }
  return branches
}

function readSelector(reader: Reader): string {
  const exact = /^=\d+/.exec(reader.text.slice(reader.at))
  if (exact) {
    reader.at += exact[0].length
    return exact[0]
  }
  const wordAt = reader.at
  const word = readName(reader)
  if (!(pluralCategories as readonly string[]).includes(word)) {
    fail(reader, `"${word}" is not a plural category: use ${pluralCategories.join(', ')} or =N`, wordAt)
  }
  return word
}

function readName(reader: Reader): string {
  const start = reader.at
  while (reader.at < reader.text.length && nameChar.test(reader.text[reader.at]!)) reader.at++
  return reader.text.slice(start, reader.at)
}

function skipSpaces(reader: Reader): void {
  while (reader.at < reader.text.length && /\s/.test(reader.text[reader.at]!)) reader.at++
}
