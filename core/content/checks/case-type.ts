import type { ContentCheck, FileFinding } from '../loaded-content.ts'

/** 即办 matters are 即办件, 承诺 and 联办 matters are 承诺件, and a 联办 matter names its joint departments. */
export const checkCaseType: ContentCheck = (content) =>
  content.matters.flatMap(({ file, value: m }) => {
    const findings: FileFinding[] = []
    const expected = m.kind === '即办' ? '即办件' : '承诺件'
    if (m.caseType !== expected) {
      findings.push({ file, pointer: '/caseType', message: `a ${m.kind} matter is a ${expected}, not a ${m.caseType}`, zh: `${m.kind}事项的办件类型是${expected}，不是${m.caseType}` })
    }
    if (m.kind === '联办' && m.jointDepartments.length === 0) {
      findings.push({ file, pointer: '/jointDepartments', message: 'a 联办 matter names the departments it is handled with in jointDepartments', zh: '联办事项要在 jointDepartments 中写明联合办理的部门' })
    }
    return findings
  })
