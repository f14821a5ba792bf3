import type { Answers, Condition } from '../../conditions/condition.ts'
import { evaluate } from '../../conditions/evaluate.ts'
import type { ScenePath } from '../paths.ts'
import type { OutcomeStep, Step } from '../script.ts'
import { checkedRoutes } from './checked-routes.ts'
import type { SceneCheck, SceneProblem } from './scene-problem.ts'

/**
 * A matter, an outcome paragraph, a case of a promised limit or a branch whose condition holds on no route through its step is dead content: the
 * visitor it was written for never sees it (e.g. a pension claim listed only for an answer that a
 * branch earlier sends to another outcome, or a branch guarded by a question asked only after it).
 * A material's condition may rightly be false on every route to its outcome (it decides "not
 * needed here" instead of leaving a "check" material), so it is blamed only when no answers on any
 * route of the script meet it. Judged with the answers given by that point of each route.
 */
export const neverHolds: SceneCheck = (script) => {
  const { routes, complete, readsAhead } = checkedRoutes(script)
  if (!complete) return []
  const passing = new Map<string, ScenePath[]>()
  for (const route of routes) {
    for (const id of new Set(route.path)) {
      if (passing.has(id)) passing.get(id)!.push(route)
      else passing.set(id, [route])
    }
  }
  return script.steps.flatMap((step, i): SceneProblem[] => {
    const through = passing.get(step.id) ?? []
    if (through.length === 0) return []
    if (step.kind === 'outcome') return readsAhead ? [] : outcomeProblems(step, i, through, routes)
    if (typeof step.next === 'string') return []
    return branchProblems(step, i, through)
  })
}

function outcomeProblems(step: OutcomeStep, i: number, routes: ScenePath[], everyRoute: ScenePath[]): SceneProblem[] {
  const unseen = (step.paragraphs ?? []).flatMap((paragraph, j): SceneProblem[] =>
    routes.some((r) => evaluate(paragraph.when, r.answers))
      ? []
      : [
          {
            pointer: `/steps/${i}/paragraphs/${j}/when`,
            message: `paragraph ${j + 1} of "${step.id}" is never shown: on none of the ${routes.length} routes to "${step.id}" does its condition hold; check the values it compares with and the branches on the way`,
            zh: `"${step.id}" 的第 ${j + 1} 段永远不会显示：到达 "${step.id}" 的 ${routes.length} 条路线上它的条件都不成立；请检查它比较的值和沿途的分支`,
          },
        ],
  )
  return [...unseen, ...matterProblems(step, i, routes, everyRoute)]
}

function matterProblems(step: OutcomeStep, i: number, routes: ScenePath[], everyRoute: ScenePath[]): SceneProblem[] {
  return step.matters.flatMap((entry, j): SceneProblem[] => {
    const at = `/steps/${i}/matters/${j}`
    const listed = routes.filter((r) => entry.when === undefined || evaluate(entry.when, r.answers))
    if (listed.length === 0) {
      return [
        {
          pointer: `${at}/when`,
          message: `"${entry.matter}" is never listed: on none of the ${routes.length} routes to "${step.id}" does this condition hold; check the values it compares with and the branches on the way`,
          zh: `"${entry.matter}" 永远不会列出：到达 "${step.id}" 的 ${routes.length} 条路线上这个条件都不成立；请检查它比较的值和沿途的分支`,
        },
      ]
    }
    const materials = Object.entries(entry.materials ?? {}).flatMap(([material, condition]): SceneProblem[] =>
      everyRoute.some((r) => evaluate(condition, r.answers))
        ? []
        : [
            {
              pointer: `${at}/materials/${material}`,
              message: `material "${material}" never applies: no answers on any route of this situation meet this condition; check the values it compares with`,
              zh: `材料 "${material}" 永远用不上：本情形任何路线上的回答都不满足这个条件；请检查它比较的值`,
            },
          ],
    )
    return [...materials, ...caseProblems(entry, at, listed)]
  })
}

/** A case of a promised limit is used only where it is the first case that holds on a route listing its matter. */
function caseProblems(entry: OutcomeStep['matters'][number], at: string, listed: ScenePath[]): SceneProblem[] {
  const cases = entry.promisedLimits ?? []
  const used = new Set(listed.map((r) => cases.findIndex((c) => evaluate(c.when, r.answers))))
  return cases.flatMap((_, k): SceneProblem[] =>
    used.has(k)
      ? []
      : [
          {
            pointer: `${at}/promisedLimits/${k}/when`,
            message: `case ${k + 1} of the promised limit of "${entry.matter}" never applies: on none of the ${listed.length} routes that list it does its condition hold before an earlier case's; check the values it compares with and the cases before it`,
            zh: `"${entry.matter}" 的第 ${k + 1} 种承诺时限情形永远用不上：列出它的 ${listed.length} 条路线上，它的条件都不成立，或前面的情形已先成立；请检查它比较的值和前面的情形`,
          },
        ],
  )
}

function branchProblems(step: Exclude<Step, OutcomeStep>, i: number, routes: ScenePath[]): SceneProblem[] {
  const branches = step.next as { when?: Condition; to: string }[]
  const taken = new Set(routes.map((r) => branches.findIndex((b) => b.when === undefined || evaluate(b.when, answersBy(r, step.id)))))
  return branches.flatMap((branch, j): SceneProblem[] =>
    branch.when === undefined || taken.has(j)
      ? []
      : [
          {
            pointer: `/steps/${i}/next/${j}/when`,
            message: `this branch to "${branch.to}" is never taken: on every route through "${step.id}" its condition fails or an earlier branch is taken first; check the values it compares with and whether the questions it reads are asked before "${step.id}"`,
            zh: `通往 "${branch.to}" 的这个分支永远走不到：经过 "${step.id}" 的每条路线上，它的条件都不成立，或前面的分支已先成立；请检查它比较的值，以及它读的问题是否在 "${step.id}" 之前问过`,
          },
        ],
  )
}

/** The answers a route has given by the time it leaves `stepId` (the machine decides a branch then). */
function answersBy(route: ScenePath, stepId: string): Answers {
  const asked = new Set(route.path.slice(0, route.path.indexOf(stepId) + 1))
  return Object.fromEntries(Object.entries(route.answers).filter(([id]) => asked.has(id)))
}
