import { describe, expect, it } from 'vitest'
import { migrateDraft } from './migrate-draft.ts'
import { foodLicenceForm } from './test-form.ts'

const form = foodLicenceForm()

describe('migrateDraft', () => {
  it('moves renamed fields to their new ids', () => {
    const result = migrateDraft(form, { 'legal-rep': '张小明', mobile: '13812345678', address: '市民大道 88 号' }, 1)
    expect(result).toEqual({ data: { 'legal-representative': '张小明', phone: '13812345678', address: '市民大道 88 号' }, unmoved: [] })
  })

  it('reports the values of removed fields instead of dropping them', () => {
    const result = migrateDraft(form, { fax: '0599-86012346', address: '市民大道 88 号' }, 1)
    expect(result.unmoved).toEqual([{ field: 'fax', value: '0599-86012346' }])
    expect(result.data).toEqual({ address: '市民大道 88 号' })
  })

  it('never overwrites a value already at the new id', () => {
    const result = migrateDraft(form, { mobile: '13812345678', phone: '0599-86012345' }, 1)
    expect(result.data).toEqual({ phone: '0599-86012345' })
    expect(result.unmoved).toEqual([{ field: 'mobile', value: '13812345678' }])
  })

  it('reports values the current form has no field for, even inside group items', () => {
    const result = migrateDraft(form, { 'safety-officers': [{ name: '李红', certificate: 'JC-001' }], nickname: '小张' }, 2)
    expect(result.data).toEqual({ 'safety-officers': [{ name: '李红' }] })
    expect(result.unmoved).toEqual([{ field: 'safety-officers/0/certificate', value: 'JC-001' }, { field: 'nickname', value: '小张' }])
  })

  it('leaves a draft of the current version as it is', () => {
    const data = { 'legal-representative': '张小明', seats: 12 }
    expect(migrateDraft(form, data, 2)).toEqual({ data, unmoved: [] })
  })

  it('does not report empty values nobody typed', () => {
    expect(migrateDraft(form, { fax: '', mobile: '' }, 1).unmoved).toEqual([])
  })
})
