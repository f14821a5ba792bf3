import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validFiles } from '../../test/fixtures/content/fixture-files.ts'
import { loadCatalogue } from '../content/load.ts'
import { SceneScript } from '../scenes/script.ts'
import type { Catalogue } from '../content/catalogue.ts'
import { compareOutcomes, diffOutcomes } from './outcome-diff.ts'
import { groupChanges } from './outcome-diff-groups.ts'
import { changedPathText, changeSummaryText, outcomeDiffText } from './outcome-diff-text.ts'

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
      '  ~ totals: hall visits 1 → 0, longest promised time (days) 1 → 0, matters online 1 → 0',
      'has-licence = yes, need-seal = yes, applicant = agent',
      '  - matter company-establishment',
      '  ~ materials of company-seal-engraving: + power-of-attorney (check), - power-of-attorney',
      '  ~ totals: longest promised time (days) 1 → 0, matters online 2 → 1',
      'has-licence = no, need-seal = yes, applicant = self',
      '  ~ materials of company-seal-engraving: + power-of-attorney (check)',
      'has-licence = yes, need-seal = no, applicant = self',
      '  - matter company-establishment',
      '  ~ totals: hall visits 1 → 0, longest promised time (days) 1 → 0, matters online 1 → 0',
      'has-licence = yes, need-seal = yes, applicant = self',
      '  - matter company-establishment',
      '  ~ materials of company-seal-engraving: + power-of-attorney (check)',
      '  ~ totals: longest promised time (days) 1 → 0, matters online 2 → 1',
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

/** The catalogue with one matter edited, as an editor would edit its file. */
function edited(id: string, edit: (matter: any) => void): Catalogue {
  return { ...catalogue, matters: catalogue.matters.map((m) => (m.id === id ? (() => { const copy = structuredClone(m); edit(copy); return copy })() : m)) }
}

describe('diffOutcomes with an edited matter', () => {
  it('reports the new order of every list a changed prerequisite reorders', () => {
    let after = edited('company-seal-engraving', (m) => (m.prerequisites = []))
    after = { ...after, matters: after.matters.map((m) => (m.id === 'company-establishment' ? { ...m, prerequisites: ['company-seal-engraving'] } : m)) }
    expect(diffOutcomes(before, before, catalogue, after).flatMap(changedPathText)).toEqual([
      'need-seal = yes, applicant = agent',
      '  ~ order company-establishment → company-seal-engraving  becomes  company-seal-engraving → company-establishment',
      'need-seal = yes, applicant = self',
      '  ~ order company-establishment → company-seal-engraving  becomes  company-seal-engraving → company-establishment',
    ])
  })

  it('reports a required material added to a matter on every route that lists it', () => {
    const after = edited('company-establishment', (m) => m.materials.push({ ...m.materials[0], id: 'shareholder-register', name: { zh: '股东名册', en: 'Register of shareholders' } }))
    const { routes, changed } = compareOutcomes(before, before, catalogue, after)
    expect(routes).toBe(4)
    expect(changed.map((c) => c.differences)).toEqual(Array(4).fill([{ kind: 'materials', matter: 'company-establishment', added: ['shareholder-register'], removed: [] }]))
  })

  it('reports changed totals, and groups the routes that change the same way with the answers they share', () => {
    let after = edited('company-establishment', (m) => m.materials.push({ ...m.materials[0], id: 'shareholder-register' }))
    after = { ...after, matters: after.matters.map((m) => (m.id === 'company-seal-engraving' ? { ...m, visits: { ...m.visits, count: 2 } } : m)) }
    const { routes, changed } = compareOutcomes(before, before, catalogue, after)
    expect(changeSummaryText(groupChanges(changed), routes)).toEqual([
      '4 of 4 routes give a different outcome:',
      '  2 routes where need-seal = no: ~ materials of company-establishment: + shareholder-register',
      '  2 routes where need-seal = yes: ~ materials of company-establishment: + shareholder-register; ~ totals: hall visits 1 → 2',
    ])
  })
})

describe('diffOutcomes and promised limits by case', () => {
  it('reports a matter\'s promised limit changed on the routes of a case, beside the longest time it lengthens (the seal follows the company\'s 1 day)', () => {
    const seal = (script: SceneScript) => script.steps.find((s) => s.kind === 'outcome')!
    const withCase = SceneScript.parse(JSON.parse(JSON.stringify(before)))
    const outcome = seal(withCase) as Extract<SceneScript['steps'][number], { kind: 'outcome' }>
    outcome.matters.find((m) => m.matter === 'company-seal-engraving')!.promisedLimits = [{ when: { answer: 'applicant', is: 'agent' }, limit: { value: 1, unit: '工作日' } }]
    const { changed } = compareOutcomes(before, withCase, catalogue)
    expect(changed.flatMap(changedPathText)).toEqual([
      'need-seal = yes, applicant = agent',
      '  ~ promised limit of company-seal-engraving: 0 工作日 → 1 工作日',
      '  ~ totals: longest promised time (days) 1 → 2',
    ])
    expect(outcomeDiffText('zh').difference(changed[0]!.differences[0]!)).toBe('~ company-seal-engraving 的承诺时限：0 工作日 → 1 工作日')
  })
})

describe('the outcome diff in the editor\'s language', () => {
  const one = [{ answers: { staff: true, employer: 'public' }, differences: [{ kind: 'matter-removed' as const, matter: 'public-pension-claim' }] }]
  const groups = groupChanges(one)

  it('says how many routes changed in Chinese, with the shared answers and yes-no in Chinese', () => {
    expect(outcomeDiffText('zh').summary(groups, 72)).toEqual(['72 条路线中有 1 条的结果不同：', '  1 条路线（staff = 是，employer = public）：- 事项 public-pension-claim'])
  })

  it('is plural-correct in English for one route and for several', () => {
    expect(outcomeDiffText('en').summary(groups, 1)).toEqual(['1 of 1 route gives a different outcome:', '  1 route where staff = yes, employer = public: - matter public-pension-claim'])
    expect(outcomeDiffText('en').say('same', { file: 'scenes/x.json', n: 1, base: 'main' })).toBe('scenes/x.json: the only route gives the same outcome as on main.')
    expect(outcomeDiffText('en').say('unchecked', { n: 2 })).toBe('2 problems to fix first')
  })

  it('marks a material to check and one the centre fetches in the reader\'s language', () => {
    const materials = { kind: 'materials' as const, matter: 'company-seal-engraving', added: ['power-of-attorney (check)'], removed: ['id-card (shared)'] }
    expect(outcomeDiffText('zh').difference(materials)).toBe('~ company-seal-engraving 的材料：+ power-of-attorney（需核对），- id-card（共享获取）')
    expect(outcomeDiffText('en').difference(materials)).toBe('~ materials of company-seal-engraving: + power-of-attorney (check), - id-card (shared)')
  })
})
