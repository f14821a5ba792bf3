import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkVisits } from './visits.ts'

const company = 'content/matters/company-establishment.json'

describe('checkVisits', () => {
  it('passes visits that are explained', () => {
    expect(problemsFrom(validFiles(), checkVisits)).toEqual([])
  })

  it('points at visits to the hall with no reason given', () => {
    const files = editJson(validFiles(), company, (m) => (m.visits = { count: 2 }))
    expect(problemsFrom(files, checkVisits)).toEqual([
      `${company}:123:13  /visits  say why the citizen must come to the hall 2 times: add visits.reason in zh and en`,
    ])
  })

  it('points at a fully online (depth IV) matter that still needs a visit', () => {
    const files = editJson(validFiles(), company, (m) => (m.online.depth = 'IV'))
    expect(problemsFrom(files, checkVisits)).toEqual([
      `${company}:124:14  /visits/count  online depth IV means fully online, so visits.count must be 0, not 1`,
    ])
  })
})
