import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, validFiles } from '../../test/fixtures/content/fixture-files.ts'
import { loadCatalogue } from './load.ts'

const company = 'content/matters/company-establishment.json'
const layout = 'content/hall/layout.json'
const scene = 'scenes/start-company.json'

describe('schema problems in content files', () => {
  it('names a missing required key at the object that lacks it', () => {
    const files = editJson(validFiles(), company, (m) => delete m.name.en)
    expect(problemsFrom(files)).toEqual([`${company}:8:11  /name/en  required: "en" is missing`])
  })

  it('says each schema problem in Chinese too', () => {
    const files = editJson(validFiles(), layout, (h) => {
      h.windows[0].number = '1'
      h.windows[0].facing = 'up'
      h.windows[0].numbr = 2
    })
    const problems = loadCatalogue(files).problems.filter((p) => p.file === layout)
    expect(problems.map((p) => [p.pointer, p.zh])).toEqual([
      ['/windows/0/number', '这里应是数字，写的是 "1"'],
      ['/windows/0/facing', '这里不能写 "up"（可用："north"、"south"、"east"、"west"）'],
      ['/windows/0/numbr', '未知的键 "numbr"（是不是 "number"？）'],
    ])
  })

  it('shows the value that has the wrong type, as it was written', () => {
    const files = editJson(validFiles(), layout, (h) => (h.windows[0].number = '1'))
    expect(problemsFrom(files)).toEqual([`${layout}:55:17  /windows/0/number  expected a number, got "1"`])
  })

  it('suggests the key an editor probably meant', () => {
    const files = editJson(validFiles(), company, (m) => {
      m.windws = m.windows
      delete m.windows
    })
    expect(problemsFrom(files)).toEqual([
      `${company}:1:1  /windows  required: "windows" is missing`,
      `${company}:160:13  /windws  unknown key "windws" (did you mean "windows"?)`,
    ])
  })

  it('lists the allowed keys when no key is close', () => {
    const files = editJson(validFiles(), company, (m) => (m.visits.why = m.visits.reason))
    expect(problemsFrom(files)).toEqual([`${company}:129:12  /visits/why  unknown key "why" (allowed: count, reason)`])
  })

  it('lists the allowed values of a choice', () => {
    const files = editJson(validFiles(), company, (m) => (m.caseType = '即办'))
    expect(problemsFrom(files)).toEqual([`${company}:103:15  /caseType  "即办" is not allowed here (use one of "即办件", "承诺件")`])
  })

  it("keeps a schema's own message, such as how to write an id", () => {
    const files = editJson(validFiles(), company, (m) => (m.themes[0] = 'Business Startup'))
    expect(problemsFrom(files)).toEqual([
      `${company}:20:5  /themes/0  use lower-case letters, digits and hyphens, e.g. "food-business-licence"`,
    ])
  })

  it('reports every issue of a file, not only the first', () => {
    const files = editJson(validFiles(), company, (m) => {
      m.visits.count = -1
      m.materials = 'none'
      m.updated = '15/10/2026'
    })
    expect(problemsFrom(files)).toEqual([
      `${company}:49:16  /materials  expected a list [ … ], got "none"`,
      `${company}:86:14  /visits/count  must be at least 0, got -1`,
      `${company}:124:14  /updated  write the date as YYYY-MM-DD`,
    ])
  })

  it('names the step kinds when a step has an unknown kind', () => {
    const files = editJson(validFiles(), scene, (s) => (s.steps[2].kind = 'questoin'))
    expect(problemsFrom(files)).toEqual([`${scene}:43:15  /steps/2/kind  unknown kind "questoin" (use one of scene, question, info, outcome)`])
  })

  it('explains a condition with an unknown operator by the keys a condition may have', () => {
    const files = editJson(validFiles(), scene, (s) => (s.steps[3].matters[1].when = { answer: 'need-seal', equals: true }))
    expect(problemsFrom(files)).toEqual([
      `${scene}:66:23  /steps/3/matters/1/when/equals  unknown key "equals" (allowed: answer, is, in, includes, gt, gte, lt, lte, answered, all, any, not)`,
    ])
  })

  it('follows a condition down to the one branch that almost fits', () => {
    const files = editJson(validFiles(), scene, (s) => (s.steps[3].matters[1].when = { any: [{ answer: 'shareholders', gt: '1' }] }))
    expect(problemsFrom(files)).toEqual([`${scene}:68:23  /steps/3/matters/1/when/any/0/gt  expected a number, got "1"`])
  })

  it('shows the allowed forms of a place when its keys do not fit together', () => {
    const files = editJson(validFiles(), scene, (s) => (s.steps[0].place = { facility: 'guide-desk', window: 1 }))
    expect(problemsFrom(files)).toEqual([
      `${scene}:19:16  /steps/0/place  these keys do not fit together: write one of {zone} | {window} | {facility}`,
    ])
  })

  it('asks for a whole number where a fraction was written', () => {
    const files = editJson(validFiles(), layout, (h) => (h.windows[1].number = 2.5))
    expect(problemsFrom(files)).toEqual([`${layout}:72:17  /windows/1/number  expected a whole number, got 2.5`])
  })

  it('shows the expected form of an interface string key', () => {
    const files = editJson(validFiles(), 'content/i18n/en.json', (s) => (s.strings['journey back'] = 'Back'))
    expect(problemsFrom(files)).toEqual([
      'content/i18n/en.json:6:21  /strings/journey back  the key "journey back" is not valid: "journey back" does not have the expected form /^[a-z0-9]+([.-][a-z0-9]+)*$/i',
    ])
  })

  it('names both allowed types of next when it is neither', () => {
    const files = editJson(validFiles(), scene, (s) => (s.steps[0].next = 2))
    expect(problemsFrom(files)).toEqual([`${scene}:27:15  /steps/0/next  expected a string or a list [ … ], got 2`])
  })
})
