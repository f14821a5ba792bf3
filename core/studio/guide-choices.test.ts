import { describe, expect, it } from 'vitest'
import { validFiles } from '../../test/fixtures/content/fixture-files.ts'
import { loadCatalogue } from '../content/load.ts'
import { namedChoices } from './guide-choices.ts'

const catalogue = loadCatalogue(validFiles()).catalogue!

describe('the names a matter form offers instead of ids', () => {
  it('offers departments for the implementing, entrusted and joint departments', () => {
    expect(namedChoices('department', catalogue, 'x')!.map((c) => c.value)).toEqual(catalogue.departments.map((d) => d.id))
    expect(namedChoices('jointDepartments', catalogue, 'x')).toEqual(namedChoices('entrustedDepartment', catalogue, 'x'))
  })

  it('offers every other matter as a prerequisite, never the matter itself', () => {
    const choices = namedChoices('prerequisites', catalogue, 'company-establishment')!.map((c) => c.value)
    expect(choices).not.toContain('company-establishment')
    expect(choices).toContain('company-seal-engraving')
  })

  it('leaves fields that are typed (phones, codes) without choices', () => {
    expect(namedChoices('consultation.phone', catalogue, 'x')).toBeNull()
  })
})
