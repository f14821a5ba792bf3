import type { ContentCheck, FileFinding } from '../loaded-content.ts'
import type { TimeLimit } from '../matter.ts'

/** Working days in a calendar week: how 自然日 and 工作日 compare. */
const workingDaysPerWeek = 5

/** In working days: 7 calendar days hold 5 working days. */
export function inWorkingDays(limit: TimeLimit): number {
  return limit.unit === '工作日' ? limit.value : (limit.value * workingDaysPerWeek) / 7
}

const show = (limit: TimeLimit) => `${limit.value} ${limit.unit}`

/** The promised limit is never longer than the legal one; a 即办 matter is done within a working day. */
export const checkTimeLimits: ContentCheck = (content) =>
  content.matters.flatMap(({ file, value: m }) => {
    const findings: FileFinding[] = []
    const { promisedLimit: promised, legalLimit: legal } = m
    if (inWorkingDays(promised) > inWorkingDays(legal)) {
      const converted = promised.unit === legal.unit ? '' : `, about ${Math.round(inWorkingDays(legal))} 工作日`
      findings.push({ file, pointer: '/promisedLimit/value', message: `the promised limit (${show(promised)}) is longer than the legal limit (${show(legal)}${converted})` })
    }
    if (m.kind === '即办' && inWorkingDays(promised) > 1) {
      findings.push({ file, pointer: '/promisedLimit/value', message: `a 即办 matter is handled on the spot: its promised limit is 0 or 1 工作日, not ${show(promised)}` })
    }
    return findings
  })
