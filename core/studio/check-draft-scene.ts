import type { Catalogue } from '../content/catalogue.ts'
import { validate } from '../content/schema-issues.ts'
import { checkPatchedScene, checkScene, type SceneProblem } from '../scenes/check-scene.ts'
import { patchScript } from '../scenes/patch-script.ts'
import { SceneScript } from '../scenes/script.ts'

/**
 * The studio's live check of a situation being edited: the file's schema, then the same scene
 * checks as `npm run check` against the catalogue (on a patched copy while the schema fails, as the
 * checker does), so every problem shows at once. Problems carry JSON pointers, which the studio
 * matches to its fields. The cross-file checks (theme, file name) run when the file is saved.
 *
 * @example checkDraftScene({ ...teaShop, start: 'welcom' }, catalogue) // [{ pointer: '/start', message: 'start "welcom" is not a step…', zh: '…' }]
 */
export function checkDraftScene(draft: unknown, catalogue: Catalogue): SceneProblem[] {
  const result = validate(SceneScript, draft)
  if ('data' in result) return checkScene(result.data, catalogue)
  const patched = patchScript(draft)
  return [...result.findings, ...(patched ? checkPatchedScene(patched, catalogue) : [])]
}

/**
 * The problems about one field or anything inside it: `/steps/3/next` owns `/steps/3/next/0/when/is`.
 *
 * @example problemsAt(problems, '/steps/3/text')
 */
export function problemsAt<P extends { pointer: string }>(problems: readonly P[], pointer: string, { inside = true } = {}): P[] {
  return problems.filter((p) => p.pointer === pointer || (inside && p.pointer.startsWith(`${pointer}/`)))
}
