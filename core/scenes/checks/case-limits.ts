import { longerThanOnTheSpot, promisedBeyondLegal, showLimit as show } from '../../content/promised-beyond-legal.ts'
import type { SceneCheck, SceneProblem } from './scene-problem.ts'

/**
 * A situation's promised limit for one case of a matter obeys the guide's rules as the matter's own
 * does: never longer than the matter's legal limit (工作日 and 自然日 compared by the day each ends),
 * and within a working day for a 即办 matter, whose list shows it as handled on the spot.
 */
export const caseLimits: SceneCheck = (script, catalogue) => {
  const matters = new Map(catalogue.matters.map((m) => [m.id, m]))
  return script.steps.flatMap((step, i) =>
    step.kind !== 'outcome'
      ? []
      : step.matters.flatMap((entry, j) => {
          const matter = matters.get(entry.matter)
          if (!matter) return []
          return (entry.promisedLimits ?? []).flatMap(({ limit }, k): SceneProblem[] => {
            const pointer = `/steps/${i}/matters/${j}/promisedLimits/${k}/limit/value`
            const found: SceneProblem[] = []
            const beyond = promisedBeyondLegal(limit, matter.legalLimit)
            if (beyond) {
              found.push({
                pointer,
                message: `this case's promised limit (${show(limit)}) is longer than the legal limit of "${matter.id}" (${beyond.en}); promise at most the legal limit`,
                zh: `这种情形的承诺时限（${show(limit)}）长于 "${matter.id}" 的法定时限（${beyond.zh}）；承诺时限不能超过法定时限`,
              })
            }
            if (matter.kind === '即办' && longerThanOnTheSpot(limit)) {
              found.push({
                pointer,
                message: `"${matter.id}" is a 即办 matter, handled on the spot: a case's promised limit is 0 or 1 工作日, not ${show(limit)}; if this case takes longer, make the matter 承诺 in its guide`,
                zh: `"${matter.id}" 是即办事项，当场办结：情形的承诺时限应为 0 或 1 工作日，不是 ${show(limit)}；这种情形确需更长时间的，请在办事指南中改为承诺件`,
              })
            }
            return found
          })
        }),
  )
}
