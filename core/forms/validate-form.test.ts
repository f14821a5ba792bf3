import { describe, expect, it } from 'vitest'
import type { FormData } from './form-data.ts'
import { foodLicenceForm, validFoodLicenceData } from './test-form.ts'
import { validateForm } from './validate-form.ts'

const form = foodLicenceForm()
const valid = (): FormData => validFoodLicenceData()
const codes = (data: FormData) => validateForm(form, data).map((p) => `${p.pointer} ${p.code}`)

describe('validateForm', () => {
  it('accepts a complete, correct application', () => {
    expect(validateForm(form, valid())).toEqual([])
  })

  it('lists every missing required field at once, in form order, in both languages', () => {
    const problems = validateForm(form, {})
    expect(problems.map((p) => p.pointer)).toEqual([
      '/operator-name', '/uscc', '/legal-representative', '/id-number', '/phone', '/address', '/business-form', '/activities',
      '/safety-officers', '/declaration',
    ])
    expect(problems[0]?.message).toEqual({ zh: '请填写“经营者名称”。', en: 'Enter operator name.' })
  })

  it('asks for seats only from restaurants', () => {
    expect(codes({ ...valid(), seats: '' })).toEqual(['/seats required'])
    expect(codes({ ...valid(), 'business-form': 'shop', seats: '' })).toEqual([])
  })

  it('does not check a hidden field, whatever it holds', () => {
    expect(codes({ ...valid(), 'business-form': 'shop', seats: -5 })).toEqual([])
  })

  it('requires the cold-room area only when cold food is chosen', () => {
    expect(codes({ ...valid(), activities: ['hot-food', 'cold-food'] })).toEqual(['/cold-room-area required'])
    expect(codes({ ...valid(), activities: ['hot-food', 'cold-food'], 'cold-room-area': 3 })).toEqual(['/cold-room-area too_small'])
    expect(codes({ ...valid(), activities: ['hot-food', 'cold-food'], 'cold-room-area': '12.5' })).toEqual([])
  })

  it('checks numbers against min and max, and text typed into a number field', () => {
    expect(codes({ ...valid(), seats: 5001 })).toEqual(['/seats too_large'])
    expect(codes({ ...valid(), seats: 'forty' })).toEqual(['/seats not_a_number'])
  })

  it('refuses choices the field does not offer', () => {
    expect(codes({ ...valid(), 'business-form': 'bar' })).toEqual(['/business-form not_an_option'])
    expect(codes({ ...valid(), activities: ['hot-food', 'fireworks'] })).toEqual(['/activities not_an_option'])
  })

  it('refuses impossible dates', () => {
    expect(codes({ ...valid(), 'opening-date': '2026-02-30' })).toEqual(['/opening-date invalid_date'])
    expect(codes({ ...valid(), 'opening-date': '2026-03-01' })).toEqual([])
  })

  it('accepts mobiles and landlines with area codes, and refuses other numbers', () => {
    for (const phone of ['138 1234 5678', '0599-86012345', '059986012345', '0599-86012345-801']) expect(codes({ ...valid(), phone })).toEqual([])
    for (const phone of ['12812345678', '1381234567', '86012345', 'call me']) expect(codes({ ...valid(), phone })).toEqual(['/phone invalid_phone'])
  })

  it('checks ID numbers and credit codes by their checksums', () => {
    expect(codes({ ...valid(), 'id-number': '110105194912310021', uscc: '91350100M000100Y44' })).toEqual([
      '/uscc uscc_checksum', '/id-number id_card_checksum',
    ])
  })

  it('limits text to its maximum length', () => {
    expect(codes({ ...valid(), 'operator-name': '好'.repeat(51) })).toEqual(['/operator-name too_long'])
  })

  it('points into the item of a repeatable group that is wrong', () => {
    const officers = [
      { name: '李红', 'id-number': '330102199003071230', 'full-time': 'yes' },
      { name: '', 'id-number': '330102199003071231', 'full-time': 'no' },
    ]
    expect(codes({ ...valid(), 'safety-officers': officers })).toEqual([
      '/safety-officers/1/name required', '/safety-officers/1/id-number id_card_checksum', '/safety-officers/1/other-job required',
    ])
  })

  it('enforces the number of items in a group', () => {
    const officer = { name: '李红', 'id-number': '330102199003071230', 'full-time': 'yes' }
    expect(codes({ ...valid(), 'safety-officers': [] })).toEqual(['/safety-officers required'])
    expect(codes({ ...valid(), 'safety-officers': [officer, officer, officer, officer] })).toEqual(['/safety-officers too_many_items'])
  })

  it('treats an unticked declaration as missing', () => {
    expect(codes({ ...valid(), declaration: false })).toEqual(['/declaration required'])
  })

  it('reports values of the wrong shape instead of throwing', () => {
    expect(codes({ ...valid(), 'operator-name': 42, 'safety-officers': ['not an item'] })).toEqual([
      '/operator-name wrong_type', '/safety-officers wrong_type',
    ])
  })
})
