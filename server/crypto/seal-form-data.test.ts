import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { foodLicenceForm, validFoodLicenceData } from '../../core/forms/test-form.ts'
import { createCipher } from './cipher.ts'
import { openFormData, sealFormData } from './seal-form-data.ts'

const form = foodLicenceForm()
const cipher = createCipher(randomBytes(32))

describe('sealing form data', () => {
  it('stores no ID number, phone number or personal name in the clear, even inside groups', () => {
    const stored = JSON.stringify(sealFormData(form, validFoodLicenceData(), cipher))
    for (const secret of ['11010519491231002X', '13812345678', '张小明', '李红', '330102199003071230']) expect(stored).not.toContain(secret)
    expect(stored).toContain('江川市新城区好味道餐饮店')
  })

  it('opens to exactly what was sealed', () => {
    const data = { ...validFoodLicenceData(), 'old-field': ['kept', 'as typed'] }
    expect(openFormData(JSON.parse(JSON.stringify(sealFormData(form, data, cipher))), cipher)).toEqual(data)
  })

  it('seals values the form does not know, since they may have been personal once', () => {
    const stored = JSON.stringify(sealFormData(form, { 'legal-rep': '王五' }, cipher))
    expect(stored).not.toContain('王五')
  })
})
