import { describe, expect, it } from 'vitest'
import { applyCorrections, revisionChanges } from './apply-corrections.ts'
import type { CorrectionItem } from './correction-notice.ts'

const previous = { data: { 'operator-name': '好味道餐饮店', 'floor-area': 12, 'premises-address': '杭州市西湖区文三路 1 号' }, materials: {} }
const items: CorrectionItem[] = [
  { kind: 'field', id: 'floor-area', reason: '面积与平面图不符' },
  { kind: 'material', id: 'floor-plan', reason: '平面图未标注操作间' },
]

describe('a correction of the named fields and materials', () => {
  it('takes the named field from the answer and keeps every other field as submitted', () => {
    const next = applyCorrections(previous, items, { data: { 'floor-area': 86 }, materials: { 'floor-plan': '已重新上传标注操作间的平面图' } })
    expect(next.problems).toEqual([])
    expect(next.data).toEqual({ 'operator-name': '好味道餐饮店', 'floor-area': 86, 'premises-address': '杭州市西湖区文三路 1 号' })
    expect(next.materials).toEqual({ 'floor-plan': '已重新上传标注操作间的平面图' })
  })

  it('refuses a change to a field the notice did not name, but lets its unchanged value through', () => {
    const next = applyCorrections(previous, items, {
      data: { 'floor-area': 86, 'operator-name': '好味道餐饮店', 'premises-address': '杭州市滨江区' },
      materials: { 'floor-plan': '已上传' },
    })
    expect(next.problems).toEqual([{ pointer: '/data/premises-address', message: '"premises-address" was not named in the notice and cannot change' }])
  })

  it('asks for a declaration of every named material and refuses a material not named', () => {
    const next = applyCorrections(previous, items, { data: { 'floor-area': 86 }, materials: { 'health-certificates': '已上传' } })
    expect(next.problems.map((p) => p.pointer)).toEqual(['/materials/health-certificates', '/materials/floor-plan'])
  })

  it('lists what changed between two revisions', () => {
    const next = applyCorrections(previous, items, { data: { 'floor-area': 86 }, materials: { 'floor-plan': '已上传' } })
    expect(revisionChanges(previous, next)).toEqual({ fields: ['floor-area'], materials: ['floor-plan'] })
  })
})
