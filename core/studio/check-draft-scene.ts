import type { Catalogue } from '../content/catalogue.ts'
import { validate } from '../content/schema-issues.ts'
import { checkPatchedScene, checkScene, sceneChecks, type SceneProblem } from '../scenes/check-scene.ts'
import { translations } from '../scenes/checks/translations.ts'
import { patchScript } from '../scenes/patch-script.ts'
import { SceneScript } from '../scenes/script.ts'
import { withoutTextsKey } from './without-texts.ts'

/** The checks that read texts; every other check reads only ids, kinds, places, options, conditions and routes. */
const textChecks = [translations]
const routeAndNameChecks = sceneChecks.filter((check) => !textChecks.includes(check))

/**
 * The studio's live check of a situation being edited: the file's schema, then the same scene
 * checks as `npm run check` against the catalogue (on a patched copy while the schema fails, as the
 * checker does), so every problem shows at once. Problems carry JSON pointers, which the studio
 * matches to its fields. The cross-file checks (theme, file name) run when the file is saved.
 *
 * The checker keeps the last result of the checks that do not read texts, so typing in a text (most
 * keystrokes) runs only the schema and the translation check; any other edit runs everything.
 *
 * @example const check = draftSceneChecker(catalogue); check({ ...teaShop, start: 'welcom' }) // [{ pointer: '/start', message: 'start "welcom" is not a step…', zh: '…' }]
 */
export function draftSceneChecker(catalogue: Catalogue): (draft: unknown) => SceneProblem[] {
  let last: { key: string; problems: SceneProblem[] } | null = null
  return (draft) => {
    const result = validate(SceneScript, draft)
    const patched = 'data' in result ? null : patchScript(draft)
    // A draft whose only schema problems are texts (an empty box) is patched whole: its route checks read the same as when valid.
    const whole = 'data' in result || (patched?.whole === true && patched.dropped.length === 0)
    const key = `${whole ? 'whole' : JSON.stringify(patched?.stepIndexes ?? null)}|${withoutTextsKey(draft)}`
    const run = (checks: typeof sceneChecks) =>
      'data' in result ? checkScene(result.data, catalogue, checks) : patched ? checkPatchedScene(patched, catalogue, checks) : []
    if (last?.key !== key) last = { key, problems: run(routeAndNameChecks) }
    return [...('findings' in result ? result.findings : []), ...last.problems, ...run(textChecks)]
  }
}

/** One check of a draft, with nothing kept from an earlier one. */
export function checkDraftScene(draft: unknown, catalogue: Catalogue): SceneProblem[] {
  return draftSceneChecker(catalogue)(draft)
}

/**
 * The problems about one field or anything inside it: `/steps/3/next` owns `/steps/3/next/0/when/is`.
 *
 * @example problemsAt(problems, '/steps/3/text')
 */
export function problemsAt<P extends { pointer: string }>(problems: readonly P[], pointer: string, { inside = true } = {}): P[] {
  return problems.filter((p) => p.pointer === pointer || (inside && p.pointer.startsWith(`${pointer}/`)))
}
