import { describe, expect, it } from 'vitest'
import { stableJsonText } from './stable-json-text.ts'

const matter = `{
  "$schema": "../schemas/matter.schema.json",
  "id": "food-business-licence",
  "name": { "zh": "食品经营许可（新办）", "en": "Food business licence (new)" },
  "windows": [7, 8],
  "visits": { "count": 0 },
  "prerequisites": ["company-establishment", "sole-trader-registration"]
}
`

describe('stableJsonText', () => {
  it('changes only the edited value, keeping one-line objects, key order and Chinese as written', () => {
    const value = JSON.parse(matter)
    value.name.en = 'Food business licence (first)'
    expect(stableJsonText(matter, value)).toBe(matter.replace('Food business licence (new)', 'Food business licence (first)'))
  })

  it('removes a deleted key with its comma and adds a new one after the last, leaving the other lines alone', () => {
    const value = JSON.parse(matter)
    value.prerequisites = ['company-establishment']
    delete value.visits
    value.updated = '2026-12-06'
    expect(stableJsonText(matter, value)).toBe(`{
  "$schema": "../schemas/matter.schema.json",
  "id": "food-business-licence",
  "name": { "zh": "食品经营许可（新办）", "en": "Food business licence (new)" },
  "windows": [7, 8],
  "prerequisites": ["company-establishment"],
  "updated": "2026-12-06"
}
`)
  })

  it('writes a new file as 2-space JSON with readable Chinese and a final newline', () => {
    expect(stableJsonText(null, { id: 'x', title: { zh: '开奶茶店', en: 'Open a tea shop' } })).toBe(
      '{\n  "id": "x",\n  "title": {\n    "zh": "开奶茶店",\n    "en": "Open a tea shop"\n  }\n}\n',
    )
  })

  it('writes a condition grown into a group on the one line the comparison held', () => {
    const script = '{\n  "matters": [\n    { "matter": "a", "when": { "answer": "sign", "is": true } }\n  ]\n}\n'
    const value = { matters: [{ matter: 'a', when: { all: [{ answer: 'sign', is: true }, { not: { answer: 'online', is: true } }] } }] }
    expect(stableJsonText(script, value)).toBe('{\n  "matters": [\n    { "matter": "a", "when": { "all": [{ "answer": "sign", "is": true }, { "not": { "answer": "online", "is": true } }] } }\n  ]\n}\n')
  })

  it('leaves the text exactly as it was when nothing changed', () => {
    expect(stableJsonText(matter, JSON.parse(matter))).toBe(matter)
  })
})
