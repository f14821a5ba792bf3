import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validFiles } from '../../test/fixtures/content/fixture-files.ts'
import { loadCatalogue } from '../content/load.ts'
import { SceneScript } from '../scenes/script.ts'
import { diffOutcomes } from './outcome-diff.ts'
import { changedPathText } from './outcome-diff-text.ts'

const catalogue = loadCatalogue(validFiles()).catalogue!
const fixture = (name: string) => SceneScript.parse(JSON.parse(readFileSync(new URL(`../../test/fixtures/studio/${name}.json`, import.meta.url), 'utf8')))
// The edit: a new question "has-licence" drops company-establishment when answered yes, and the seal
// matter no longer decides its power-of-attorney material, so the citizen is told to check it.
const before = fixture('start-company.before')
const after = fixture('start-company.after')

describe('diffOutcomes', () => {
  it('finds nothing when the script did not change', () => {
    expect(diffOutcomes(before, before, catalogue)).toEqual([])
  })

  it('lists exactly the answer routes whose outcome changed, with what changed on each', () => {
    const lines = diffOutcomes(before, after, catalogue).flatMap(changedPathText)
    expect(lines).toEqual([
      'has-licence = no, need-seal = yes, applicant = agent',
      '  ~ materials of company-seal-engraving: + power-of-attorney (check), - power-of-attorney',
      'has-licence = yes, need-seal = no, applicant = agent',
      '  - matter company-establishment',
      'has-licence = yes, need-seal = yes, applicant = agent',
      '  - matter company-establishment',
      '  ~ materials of company-seal-engraving: + power-of-attorney (check), - power-of-attorney',
      'has-licence = no, need-seal = yes, applicant = self',
      '  ~ materials of company-seal-engraving: + power-of-attorney (check)',
      'has-licence = yes, need-seal = no, applicant = self',
      '  - matter company-establishment',
      'has-licence = yes, need-seal = yes, applicant = self',
      '  - matter company-establishment',
      '  ~ materials of company-seal-engraving: + power-of-attorney (check)',
    ])
  })

  it('reports the reverse edit as matters added back', () => {
    const changed = diffOutcomes(after, before, catalogue)
    const added = changed.filter((c) => c.differences.some((d) => d.kind === 'matter-added'))
    expect(added.map((c) => c.answers)).toEqual([
      { 'need-seal': false, applicant: 'agent', 'has-licence': true },
      { 'need-seal': true, applicant: 'agent', 'has-licence': true },
      { 'need-seal': false, applicant: 'self', 'has-licence': true },
      { 'need-seal': true, applicant: 'self', 'has-licence': true },
    ].map((a) => expect.objectContaining(a)))
  })

  it('reports a route whose answer the new version no longer accepts', () => {
    const fewer = structuredClone(before)
    const applicant = fewer.steps.find((s) => s.id === 'applicant')!
    if (applicant.kind === 'question') applicant.options = [applicant.options![0]!, { value: 'lawyer', label: { zh: '律师', en: 'A lawyer' } }]
    const lines = diffOutcomes(before, fewer, catalogue).flatMap(changedPathText)
    expect(lines).toContain('  ~ was done: company-establishment, company-seal-engraving; now no list: the answer to "applicant" is not accepted')
  })
})
