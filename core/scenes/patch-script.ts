import { SceneScript, Step } from './script.ts'

/**
 * A script that failed its schema, patched just enough to be checked, so an editor sees every
 * mistake in the file at once instead of the schema's first and then, after fixing it, the rest.
 * Missing or empty texts get a placeholder and unknown keys are dropped (neither changes a route);
 * when that is not enough, the steps that still fail are left out and `stepIndexes` maps each kept
 * step back to its place in the file. `whole` says no step was left out, so route checks are fair;
 * `dropped` names the steps left out (what is said about them elsewhere would only echo their problems).
 */
export type PatchedScript = { script: SceneScript; stepIndexes: number[]; whole: boolean; dropped: string[] }

const placeholders: Record<string, string> = { zh: '（待填写）', en: '(to be written)' }

/** `raw` is parsed JSON, so a JSON round trip copies it whole. */
export function patchScript(raw: unknown): PatchedScript | null {
  const copy = JSON.parse(JSON.stringify(raw ?? null)) as Record<string, unknown>
  const first = SceneScript.safeParse(copy)
  if (first.success) return { script: first.data, stepIndexes: first.data.steps.map((_, i) => i), whole: true, dropped: [] }
  for (const issue of first.error.issues) patch(copy, issue)
  const patched = SceneScript.safeParse(copy)
  if (patched.success) return { script: patched.data, stepIndexes: patched.data.steps.map((_, i) => i), whole: true, dropped: [] }
  return keepValidSteps(copy)
}

function patch(root: Record<string, unknown>, issue: { code: string; path: PropertyKey[]; keys?: string[] }): void {
  const path = issue.path
  if (issue.code === 'unrecognized_keys') {
    const holder = valueAt(root, path)
    if (holder && typeof holder === 'object') for (const key of issue.keys ?? []) delete (holder as Record<string, unknown>)[key]
    return
  }
  const last = path.at(-1)
  const parent = valueAt(root, path.slice(0, -1))
  if ((last === 'zh' || last === 'en') && parent && typeof parent === 'object' && !Array.isArray(parent)) {
    const other = (parent as Record<string, unknown>)[last === 'zh' ? 'en' : 'zh']
    if (typeof other === 'string' || other === undefined) (parent as Record<string, unknown>)[last] = placeholders[last]
  }
}

function keepValidSteps(copy: Record<string, unknown>): PatchedScript | null {
  const steps = Array.isArray(copy.steps) ? copy.steps : []
  const kept: { index: number; step: Step }[] = []
  steps.forEach((raw, index) => {
    const step = Step.safeParse(raw)
    if (step.success) kept.push({ index, step: step.data })
  })
  const outer = SceneScript.safeParse({ ...copy, steps: kept.length > 0 ? kept.map((k) => k.step) : steps })
  if (!outer.success || kept.length === 0) return null
  const keptAt = new Set(kept.map((k) => k.index))
  const dropped = steps.flatMap((raw, index) => {
    const id = (raw as { id?: unknown } | null)?.id
    return keptAt.has(index) || typeof id !== 'string' ? [] : [id]
  })
  return { script: outer.data, stepIndexes: kept.map((k) => k.index), whole: kept.length === steps.length, dropped }
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let here = root
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined
    here = (here as Record<PropertyKey, unknown>)[key]
  }
  return here
}
