import { didYouMean } from './did-you-mean.ts'
import type { SceneCheck } from './scene-problem.ts'

/** Every matter on an outcome list must exist in content/matters, and appear on that list once. */
export const unknownMatters: SceneCheck = (script, catalogue) => {
  const known = new Set(catalogue.matters.map((m) => m.id))
  return script.steps.flatMap((step, i) => {
    if (step.kind !== 'outcome') return []
    const first = new Map<string, number>()
    return step.matters.flatMap((entry, j) => {
      const pointer = `/steps/${i}/matters/${j}/matter`
      if (!known.has(entry.matter)) {
        return [{ pointer, message: `unknown matter "${entry.matter}": there is no content/matters/${entry.matter}.json${didYouMean(entry.matter, known)}`, zh: `未知事项 "${entry.matter}"：没有 content/matters/${entry.matter}.json${didYouMean(entry.matter, known, 'zh')}` }]
      }
      const earlier = first.get(entry.matter)
      if (earlier === undefined) {
        first.set(entry.matter, j)
        return []
      }
      return [{ pointer, message: `"${entry.matter}" is already on this list at /steps/${i}/matters/${earlier}; merge the two entries`, zh: `"${entry.matter}" 已在本清单 /steps/${i}/matters/${earlier} 列出；请把两条合并` }]
    })
  })
}
