import type { SceneCheck } from './scene-problem.ts'

/**
 * A `materials` map decides when a matter's conditional materials apply, so each key must be a
 * material of that matter, and one that is not always required (a condition on it does nothing).
 */
export const unknownMaterials: SceneCheck = (script, catalogue) => {
  const matters = new Map(catalogue.matters.map((m) => [m.id, m]))
  return script.steps.flatMap((step, i) => {
    if (step.kind !== 'outcome') return []
    return step.matters.flatMap((entry, j) => {
      const matter = matters.get(entry.matter)
      if (!matter) return []
      const conditional = matter.materials.filter((m) => !m.required).map((m) => m.id)
      return Object.keys(entry.materials ?? {}).flatMap((id) => {
        const pointer = `/steps/${i}/matters/${j}/materials/${id}`
        const material = matter.materials.find((m) => m.id === id)
        if (!material) {
          const choices = conditional.length > 0 ? `its conditional materials: ${conditional.join(', ')}` : 'it has no conditional materials'
          const choicesZh = conditional.length > 0 ? `它的条件材料：${conditional.join('、')}` : '它没有条件材料'
          return [{ pointer, message: `"${id}" is not a material of "${matter.id}" (${choices})`, zh: `"${id}" 不是 "${matter.id}" 的材料（${choicesZh}）` }]
        }
        if (material.required) {
          return [{ pointer, message: `"${id}" is always required for "${matter.id}", so a condition on it has no effect; remove it`, zh: `"${id}" 是 "${matter.id}" 的必交材料，给它加条件不起作用；请删除` }]
        }
        return []
      })
    })
  })
}
