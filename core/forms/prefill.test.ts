import { describe, expect, it } from 'vitest'
import { prefillForm } from './prefill.ts'
import { foodLicenceForm } from './test-form.ts'

const form = foodLicenceForm()

describe('prefillForm', () => {
  it('fills fields from the journey answers they name', () => {
    expect(prefillForm(form, { 'applicant-name': '张小明', 'food-business-form': 'restaurant', seats: 40, 'food-activities': ['hot-food'] })).toEqual({
      'legal-representative': '张小明', 'business-form': 'restaurant', seats: 40, activities: ['hot-food'],
    })
  })

  it('leaves out answers that do not fit the field rather than prefill them wrongly', () => {
    expect(prefillForm(form, { 'food-business-form': 'bar', seats: 'many', 'food-activities': ['hot-food', 'fireworks'] })).toEqual({
      activities: ['hot-food'],
    })
  })

  it('fills nothing from answers no field asks for', () => {
    expect(prefillForm(form, { employees: 3 })).toEqual({})
  })
})
