import { checkCaseType } from '../content/checks/case-type.ts'
import { checkFees } from '../content/checks/fees.ts'
import { checkPhones } from '../content/checks/phones.ts'
import { checkTimeLimits } from '../content/checks/time-limits.ts'
import { checkVisits } from '../content/checks/visits.ts'
import { emptyContent } from '../content/loaded-content.ts'
import { Matter } from '../content/matter.ts'
import { validate, type Finding } from '../content/schema-issues.ts'

/** The checks of `npm run check` that read a matter on its own (references to other files are checked on save). */
const matterChecks = [checkCaseType, checkTimeLimits, checkVisits, checkFees, checkPhones]

/**
 * The studio's live check of a matter being edited: its schema, then the checks that need only the
 * matter itself, in both languages, with JSON pointers the form matches to its fields.
 *
 * @example checkDraftMatter({ ...seal, visits: { count: 2 } }) // [{ pointer: '/visits', message: 'say why the citizen must come to the hall 2 times: …', zh: '…' }]
 */
export function checkDraftMatter(draft: unknown): Finding[] {
  const result = validate(Matter, draft)
  if ('findings' in result) return result.findings
  const content = { ...emptyContent(), matters: [{ file: 'matter', pointer: '', value: result.data }] }
  return matterChecks.flatMap((check) => check(content)).map(({ pointer, message, zh }) => ({ pointer, message, zh }))
}
