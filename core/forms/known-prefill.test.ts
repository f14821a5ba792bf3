import { describe, expect, it } from 'vitest'
import { FormDefinition } from '../content/form.ts'
import type { Citizen } from '../identity/citizen.ts'
import { filledShare, knownPrefill } from './known-prefill.ts'

const form = FormDefinition.parse({
  id: 'f', version: 1, matter: 'm', title: { zh: '表', en: 'Form' },
  sections: [{
    id: 's', title: { zh: '申请人', en: 'Applicant' },
    fields: [
      { id: 'name', type: 'person-name', label: { zh: '姓名', en: 'Name' }, identity: 'name' },
      { id: 'phone', type: 'phone', label: { zh: '电话', en: 'Phone' }, identity: 'phone' },
      { id: 'shop', type: 'text', label: { zh: '店名', en: 'Shop' } },
      { id: 'format', type: 'radio', label: { zh: '业态', en: 'Format' }, options: [{ value: 'catering', label: { zh: '餐饮', en: 'Catering' } }] },
    ],
  }],
})
const citizen: Citizen = { kind: 'person', name: '李敏', idNumber: null, phone: null, trustLevel: 3 }

describe('knownPrefill', () => {
  it('fills verified claims the identity has, and the latest earlier answer the field still accepts, saying where each came from', () => {
    const known = knownPrefill(form, citizen, [{ shop: '新店', format: 'bakery' }, { shop: '老店', format: 'catering', phone: '13800138000' }])
    expect(known.data).toEqual({ name: '李敏', shop: '新店', format: 'catering', phone: '13800138000' })
    expect(known.sources).toEqual({ name: 'identity', shop: 'earlier', format: 'earlier', phone: 'earlier' })
    expect(filledShare(form, known)).toBe(1)
  })

  it('fills only the identity for a first application', () => {
    const known = knownPrefill(form, citizen, [])
    expect(known.data).toEqual({ name: '李敏' })
    expect(filledShare(form, known)).toBe(0.25)
  })
})
