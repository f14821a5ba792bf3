import type { SceneCheck } from './scene-problem.ts'

/** Step ids are answer keys and state names, so each must be used once. */
export const duplicateStepIds: SceneCheck = (script) => {
  const first = new Map<string, number>()
  return script.steps.flatMap((step, i) => {
    const earlier = first.get(step.id)
    if (earlier === undefined) {
      first.set(step.id, i)
      return []
    }
    return [{ pointer: `/steps/${i}/id`, message: `step id "${step.id}" is already used at /steps/${earlier}; give each step its own id`, zh: `步骤标识 "${step.id}" 已在 /steps/${earlier} 用过；每个步骤要有自己的标识` }]
  })
}
