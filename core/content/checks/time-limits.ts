import type { ContentCheck, FileFinding } from '../loaded-content.ts'
import { longerThanOnTheSpot, promisedBeyondLegal, showLimit as show } from '../promised-beyond-legal.ts'

/**
 * The promised limit never ends after the legal one, whatever day of the week an application comes
 * in; a 即办 matter is done within a working day. 工作日 and 自然日 are compared by the day each ends.
 */
export const checkTimeLimits: ContentCheck = (content) =>
  content.matters.flatMap(({ file, value: m }) => {
    const findings: FileFinding[] = []
    const { promisedLimit: promised, legalLimit: legal } = m
    const beyond = promisedBeyondLegal(promised, legal)
    if (beyond) {
      findings.push({ file, pointer: '/promisedLimit/value', message: `the promised limit (${show(promised)}) is longer than the legal limit (${beyond.en})`, zh: `承诺时限（${show(promised)}）长于法定时限（${beyond.zh}）` })
    }
    if (m.kind === '即办' && longerThanOnTheSpot(promised)) {
      findings.push({ file, pointer: '/promisedLimit/value', message: `a 即办 matter is handled on the spot: its promised limit is 0 or 1 工作日, not ${show(promised)}`, zh: `即办事项当场办结：承诺时限应为 0 或 1 工作日，不是 ${show(promised)}` })
    }
    return findings
  })
