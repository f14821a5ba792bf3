import type { ContentCheck, FileFinding } from '../loaded-content.ts'

/** A visit to the hall is explained, and a fully online (depth IV) matter needs none. */
export const checkVisits: ContentCheck = (content) =>
  content.matters.flatMap(({ file, value: m }) => {
    const findings: FileFinding[] = []
    if (m.visits.count > 0 && !m.visits.reason) {
      findings.push({ file, pointer: '/visits', message: `say why the citizen must come to the hall ${m.visits.count === 1 ? 'once' : `${m.visits.count} times`}: add visits.reason in zh and en`, zh: `请说明群众为什么要到大厅 ${m.visits.count} 次：在 visits.reason 中用中英文写明` })
    }
    if (m.online.depth === 'IV' && m.visits.count !== 0) {
      findings.push({ file, pointer: '/visits/count', message: `online depth IV means fully online, so visits.count must be 0, not ${m.visits.count}`, zh: `网办深度 IV 表示全程网办，visits.count 应为 0，不是 ${m.visits.count}` })
    }
    return findings
  })
