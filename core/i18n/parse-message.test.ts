import { describe, expect, it } from 'vitest'
import { messageParams, parseMessage } from './parse-message.ts'

const problemOf = (template: string) => {
  const result = parseMessage(template)
  return 'problem' in result ? result.problem : null
}

describe('parseMessage', () => {
  it('reads text, slots and plurals', () => {
    const result = parseMessage('共 {n} 份 {n, plural, one {# copy} other {# copies}}')
    expect('parts' in result && result.parts.map((p) => p.kind)).toEqual(['text', 'slot', 'text', 'plural'])
  })

  it('says what is wrong with a malformed string and where', () => {
    expect(problemOf('{n, plural, one {# copy}}')).toBe(
      'the plural of {n} needs an "other" text, used for any number the others do not cover at character 1 of "{n, plural, one {# copy}}"',
    )
    expect(problemOf('{n, plural, single {# copy} other {# copies}}')).toBe(
      '"single" is not a plural category: use zero, one, two, few, many, other or =N at character 13 of "{n, plural, single {# copy} other {# copies}}"',
    )
    expect(problemOf('{n, select, a {x} other {y}}')).toBe('only "plural" may follow "{n,", as in {n, plural, one {…} other {…}} at character 5 of "{n, select, a {x} other {y}}"')
    expect(problemOf('Window {n')).toBe('{n must be closed with "}" at character 10 of "Window {n"')
    expect(problemOf('Window n}')).toBe('a "}" closes nothing at character 9 of "Window n}"')
    expect(problemOf('{ } left')).toBe('a "{" must be followed by a parameter name, like {n} at character 3 of "{ } left"')
    expect(problemOf('{n, plural, one {# copy} other {# copies}')).toBe(
      'the plural of {n} is not closed with "}" at character 1 of "{n, plural, one {# copy} other {# copies}"',
    )
  })

  it('lists the parameters a message reads, inside plurals too', () => {
    const result = parseMessage('{n, plural, one {# {what}} other {# {what}s}} for {q}')
    expect('parts' in result && messageParams(result.parts)).toEqual(['n', 'q', 'what'])
  })
})
