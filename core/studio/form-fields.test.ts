import { describe, expect, it } from 'vitest'
import { LegalBasis, Matter } from '../content/matter.ts'
import { asFileValue, blankGroup, fieldsOf, type FormField } from './form-fields.ts'

const fields = fieldsOf(Matter)
const field = (path: string, list: FormField[] = fields): FormField => {
  const [head, ...rest] = path.split('.')
  const found = list.find((f) => f.key === head)!
  return rest.length === 0 ? found : field(rest.join('.'), (found as { fields: FormField[] }).fields)
}

describe('the matter form drawn from the matter schema', () => {
  it('has a field for every key of a 办事指南, in the order of the guide', () => {
    expect(fields.map((f) => f.key)).toEqual(Object.keys(Matter.shape).filter((k) => k !== '$schema'))
  })

  it('gives each field the control its value takes', () => {
    expect(field('name')).toMatchObject({ kind: 'text', optional: false })
    expect(field('type')).toMatchObject({ kind: 'choice', options: ['行政许可', '行政给付', '行政确认', '行政征收', '行政裁决', '行政奖励', '行政备案', '其他行政权力', '公共服务'] })
    expect(field('audience')).toMatchObject({ kind: 'choices', options: ['自然人', '法人'] })
    expect(field('conditions')).toMatchObject({ kind: 'texts', min: 1 })
    expect(field('visits.count')).toMatchObject({ kind: 'number', min: 0, max: 5 })
    expect(field('promisedLimit.unit')).toMatchObject({ kind: 'choice', options: ['工作日', '自然日'] })
    expect(field('fees.charged')).toMatchObject({ kind: 'boolean' })
    expect(field('windows')).toMatchObject({ kind: 'numbers' })
    expect(field('keywords')).toMatchObject({ kind: 'strings', optional: true })
    expect(field('entrustedDepartment')).toMatchObject({ kind: 'string', optional: true })
    expect(field('basis')).toMatchObject({ kind: 'list', min: 1 })
    expect(field('basis.docNumber')).toMatchObject({ kind: 'text', optional: true, path: 'basis.docNumber' })
    expect(field('licence')).toMatchObject({ kind: 'group', optional: true })
  })

  it('starts a new entry with its required fields blank and a list with its least number of entries', () => {
    expect(blankGroup(fieldsOf(LegalBasis))).toEqual({ name: { zh: '', en: '' } })
    const matter = blankGroup(fields)
    expect(matter.basis).toEqual([{ name: { zh: '', en: '' } }])
    expect(matter.legalLimit).toEqual({ value: 0, unit: '工作日' })
    expect(matter.visits).toEqual({ count: 0 })
    expect(matter).not.toHaveProperty('licence')
  })

  it('writes a value with the schema\'s key order and without optional texts left empty', () => {
    const name = { zh: '《条例》', en: 'Regulations' }
    expect(JSON.stringify(asFileValue(fieldsOf(LegalBasis), { article: { zh: '', en: '' }, excerpt: { zh: '第一条', en: 'Art. 1' }, name }))).toBe(JSON.stringify({ name, excerpt: { zh: '第一条', en: 'Art. 1' } }))
    const ordered = asFileValue(fields, { visits: { reason: { zh: '', en: '' }, count: 0 }, id: 'x', $schema: '../schemas/matter.schema.json' })
    expect(JSON.stringify(ordered)).toBe('{"$schema":"../schemas/matter.schema.json","id":"x","visits":{"count":0}}')
  })
})
