import { prerequisiteCycle } from '../order.ts'
import type { SceneCheck } from './scene-problem.ts'

/** Matters on one outcome list that need each other first cannot be put in any order. */
export const prerequisiteCycles: SceneCheck = (script, catalogue) => {
  const prerequisites = new Map(catalogue.matters.map((m) => [m.id, m.prerequisites]))
  return script.steps.flatMap((step, i) => {
    if (step.kind !== 'outcome') return []
    const ids = step.matters.map((m) => m.matter)
    const cycle = prerequisiteCycle(ids, (id) => prerequisites.get(id) ?? [])
    if (!cycle) return []
    return [
      {
        pointer: `/steps/${i}/matters/${ids.indexOf(cycle[0]!)}/matter`,
        message: `these matters each need the other done first, so no order works: ${cycle.join(' → ')}; fix "prerequisites" in content/matters`,
        zh: `这些事项互相要求对方先办，排不出顺序：${cycle.join(' → ')}；请修改 content/matters 中的 "prerequisites"`,
      },
    ]
  })
}
