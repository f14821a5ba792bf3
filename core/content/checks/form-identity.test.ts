import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkFormIdentity } from './form-identity.ts'

const form = 'content/forms/company-establishment.json'

describe('checkFormIdentity', () => {
  it('points at an identity claim on a field of another kind', () => {
    expect(problemsFrom(validFiles(), checkFormIdentity)).toEqual([])
    const files = editJson(validFiles(), form, (f) => (f.sections[0].fields[0].identity = 'phone'))
    expect(problemsFrom(files, checkFormIdentity)).toEqual([
      expect.stringMatching(new RegExp(`^${form}:\\d+:\\d+  /sections/0/fields/0/identity  identity "phone" fills a phone field, and "company-name" is text`)),
    ])
  })
})
