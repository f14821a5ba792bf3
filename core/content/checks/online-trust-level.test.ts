import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { loadCatalogue } from '../load.ts'
import { formatProblem } from '../problem.ts'
import { checkOnlineTrustLevel } from './online-trust-level.ts'

const company = 'content/matters/company-establishment.json'
const seal = 'content/matters/company-seal-engraving.json'

describe('checkOnlineTrustLevel', () => {
  it('passes a matter whose online form needs a trust level', () => {
    const files = editJson(validFiles(), company, (m) => (m.online.trustLevel = 3))
    expect(problemsFrom(files, checkOnlineTrustLevel)).toEqual([])
    expect(loadCatalogue(files).catalogue?.matters.find((m) => m.id === 'company-establishment')?.online.trustLevel).toBe(3)
  })

  it('points at a trust level on a matter that has no online form to submit', () => {
    const files = editJson(validFiles(), seal, (m) => {
      m.online.available = false
      delete m.online.form
      m.online.trustLevel = 2
    })
    expect(problemsFrom(files, checkOnlineTrustLevel)).toEqual([
      expect.stringMatching(new RegExp(`^${seal}:\\d+:\\d+  /online/trustLevel  a trust level applies to submitting the online form, and this matter has none`)),
    ])
    expect(problemsInChinese(files, checkOnlineTrustLevel)).toEqual([
      expect.stringMatching(new RegExp(`^${seal}:\\d+:\\d+  /online/trustLevel  可信等级只用于提交在线表单，而这个事项没有在线表单`)),
    ])
  })

  it('points at a level outside 1 to 5 where the editor wrote it', () => {
    const files = editJson(validFiles(), company, (m) => (m.online.trustLevel = 6))
    const problems = loadCatalogue(files).problems.map(formatProblem)
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${company}:\\d+:\\d+  /online/trustLevel  .*levels run from 1 to 5`))])
  })
})
