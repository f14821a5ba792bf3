import { limitEndDate, limitWorkingDays, overAnyWeek } from '../../calendar/working-days.ts'
import type { ContentCheck, FileFinding } from '../loaded-content.ts'
import type { TimeLimit } from '../matter.ts'

const show = (limit: TimeLimit) => `${limit.value} ${limit.unit}`

/**
 * The promised limit never ends after the legal one, whatever day of the week an application comes
 * in; a 即办 matter is done within a working day. 工作日 and 自然日 are compared by the day each ends.
 */
export const checkTimeLimits: ContentCheck = (content) =>
  content.matters.flatMap(({ file, value: m }) => {
    const findings: FileFinding[] = []
    const { promisedLimit: promised, legalLimit: legal } = m
    const endsLater = overAnyWeek((calendar, day) => (limitEndDate(calendar, day, promised) > limitEndDate(calendar, day, legal) ? 1 : 0)).most === 1
    if (endsLater) {
      const shortest = overAnyWeek((calendar, day) => limitWorkingDays(calendar, day, legal)).least
      const converted = promised.unit === legal.unit ? '' : `, as few as ${shortest} 工作日`
      const convertedZh = promised.unit === legal.unit ? '' : `，最少只有 ${shortest} 工作日`
      findings.push({ file, pointer: '/promisedLimit/value', message: `the promised limit (${show(promised)}) is longer than the legal limit (${show(legal)}${converted})`, zh: `承诺时限（${show(promised)}）长于法定时限（${show(legal)}${convertedZh}）` })
    }
    if (m.kind === '即办' && overAnyWeek((calendar, day) => limitWorkingDays(calendar, day, promised)).most > 1) {
      findings.push({ file, pointer: '/promisedLimit/value', message: `a 即办 matter is handled on the spot: its promised limit is 0 or 1 工作日, not ${show(promised)}`, zh: `即办事项当场办结：承诺时限应为 0 或 1 工作日，不是 ${show(promised)}` })
    }
    return findings
  })
