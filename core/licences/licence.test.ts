import { describe, expect, it } from 'vitest'
import { FormDefinition } from '../content/form.ts'
import type { Licence } from '../content/matter.ts'
import { licenceExpiry, licenceLines, sparingLicence, type HeldLicence } from './licence.ts'

const form = FormDefinition.parse({
  id: 'food-business-licence', version: 1, matter: 'food-business-licence', title: { zh: '申请书', en: 'Application' },
  sections: [{
    id: 'a', title: { zh: '申请人', en: 'Applicant' },
    fields: [
      { id: 'operator-name', type: 'text', label: { zh: '经营者名称', en: 'Business name' } },
      { id: 'format', type: 'select', label: { zh: '主体业态', en: 'Type' }, options: [{ value: 'catering', label: { zh: '餐饮服务经营者', en: 'Catering' } }] },
      { id: 'items', type: 'checkbox', label: { zh: '项目', en: 'Items' }, options: [{ value: 'hot', label: { zh: '热食类', en: 'Hot food' } }, { value: 'cold', label: { zh: '冷食类', en: 'Cold food' } }] },
      { id: 'area', type: 'number', label: { zh: '面积', en: 'Area' } },
    ],
  }],
})
const licence: Licence = {
  type: 'food-business-licence', name: { zh: '食品经营许可证', en: 'Food business licence' }, validYears: 5,
  fields: [
    { id: 'operator', label: { zh: '经营者名称', en: 'Business name' }, from: 'operator-name' },
    { id: 'format', label: { zh: '主体业态', en: 'Type' }, from: 'format' },
    { id: 'items', label: { zh: '经营项目', en: 'Items' }, from: 'items' },
    { id: 'area', label: { zh: '面积', en: 'Area' }, from: 'area' },
  ],
}

describe('licenceLines', () => {
  it('prints answers as the licence shows them: options by their labels in both languages, numbers as written', () => {
    expect(licenceLines(licence, form, { 'operator-name': '好味道餐饮店', format: 'catering', items: ['hot', 'cold'], area: 80 }).map((l) => l.value)).toEqual([
      '好味道餐饮店', { zh: '餐饮服务经营者', en: 'Catering' }, { zh: '热食类、冷食类', en: 'Hot food, Cold food' }, '80',
    ])
  })

  it('keeps a line for an answer left empty', () => {
    expect(licenceLines(licence, form, { 'operator-name': '好味道餐饮店' })[3]).toEqual({ id: 'area', label: { zh: '面积', en: 'Area' }, value: '' })
  })
})

describe('licenceExpiry', () => {
  it('ends the same day the given years later, and never for a licence without a term', () => {
    expect(licenceExpiry(licence, new Date('2026-12-06T03:00:00Z'))?.toISOString()).toBe('2031-12-06T03:00:00.000Z')
    expect(licenceExpiry({ ...licence, validYears: undefined }, new Date('2026-12-06T03:00:00Z'))).toBeNull()
  })
})

describe('sparingLicence', () => {
  const held = (status: HeldLicence['status'], type = 'food-business-licence'): HeldLicence => ({ id: `${type}-${status}`, type, status, name: { zh: '证', en: 'Licence' } })

  it('spares a material for a citizen holding a current licence of the type that replaces it', () => {
    expect(sparingLicence({ replacedBy: 'food-business-licence' }, [held('revoked'), held('current')])?.id).toBe('food-business-licence-current')
  })

  it('spares nothing with only an expired, revoked or unverifiable licence, another type, or for a material no licence replaces', () => {
    expect(sparingLicence({ replacedBy: 'food-business-licence' }, [held('expired'), held('revoked'), held('forged'), held('current', 'business-licence')])).toBeNull()
    expect(sparingLicence({}, [held('current')])).toBeNull()
  })
})
