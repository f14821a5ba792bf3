import type { SceneCheck, SceneProblem } from './scene-problem.ts'

const inputNames = { single: 'single-choice', multiple: 'multiple-choice', 'yes-no': 'yes-no', number: 'number' } as const
const inputNamesZh = { single: '单选', multiple: '多选', 'yes-no': '是非', number: '数字' } as const

/** Choice questions need distinct options; yes-no and number questions take none. */
export const questionOptions: SceneCheck = (script) =>
  script.steps.flatMap((step, i): SceneProblem[] => {
    if (step.kind !== 'question') return []
    const name = inputNames[step.input]
    const nameZh = inputNamesZh[step.input]
    const choice = step.input === 'single' || step.input === 'multiple'
    if (choice && !step.options) return [{ pointer: `/steps/${i}/input`, message: `a ${name} question needs "options" (at least two)`, zh: `${nameZh}题需要 "options"（至少两个选项）` }]
    if (!choice && step.options) return [{ pointer: `/steps/${i}/options`, message: `a ${name} question takes no "options"; remove them`, zh: `${nameZh}题没有 "options"；请删除它们` }]
    const seen = new Set<string>()
    return (step.options ?? []).flatMap((option, k) => {
      if (!seen.has(option.value)) {
        seen.add(option.value)
        return []
      }
      return [{ pointer: `/steps/${i}/options/${k}/value`, message: `option "${option.value}" is listed twice; give each option its own value`, zh: `选项 "${option.value}" 列了两次；每个选项的 value 要各不相同` }]
    })
  })
