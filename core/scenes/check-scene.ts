import type { Catalogue } from '../content/catalogue.ts'
import { caseLimits } from './checks/case-limits.ts'
import { conditionValues } from './checks/condition-values.ts'
import { deadEnds } from './checks/dead-ends.ts'
import { duplicateStepIds } from './checks/duplicate-step-ids.ts'
import { idleWindows } from './checks/idle-windows.ts'
import { loopsWithoutExit } from './checks/loops-without-exit.ts'
import { neverHolds } from './checks/never-holds.ts'
import { prerequisiteCycles } from './checks/prerequisite-cycles.ts'
import { questionOptions } from './checks/question-options.ts'
import type { SceneCheck, SceneProblem } from './checks/scene-problem.ts'
import { thresholdDisagreements } from './checks/threshold-disagreements.ts'
import { translations } from './checks/translations.ts'
import { unansweredReads } from './checks/unanswered-reads.ts'
import { unknownCues } from './checks/unknown-cues.ts'
import { unknownMaterials } from './checks/unknown-materials.ts'
import { unknownMatters } from './checks/unknown-matters.ts'
import { unknownPlaces } from './checks/unknown-places.ts'
import { unknownSteps } from './checks/unknown-steps.ts'
import { unreachableSteps } from './checks/unreachable-steps.ts'
import type { PatchedScript } from './patch-script.ts'
import type { SceneScript } from './script.ts'

export type { SceneProblem } from './checks/scene-problem.ts'

/** Every check, in the order an editor would fix things: names first, then routes, then wording. */
export const sceneChecks: readonly SceneCheck[] = [
  duplicateStepIds,
  unknownSteps,
  unknownMatters,
  unknownMaterials,
  caseLimits,
  prerequisiteCycles,
  unknownPlaces,
  idleWindows,
  unknownCues,
  questionOptions,
  conditionValues,
  unreachableSteps,
  deadEnds,
  loopsWithoutExit,
  unansweredReads,
  neverHolds,
  thresholdDisagreements,
  translations,
]

/**
 * Checks a parsed scene script against the catalogue. Each problem has a JSON pointer into the
 * script file (e.g. `/steps/3/next/0/to`) that the content checker turns into file:line:col.
 *
 * @example checkScene(script, catalogue) // [{ pointer: '/steps/3/cue', message: 'unknown animation cue "wave" (use one of greet, ...)' }]
 */
export function checkScene(script: SceneScript, catalogue: Catalogue, checks: readonly SceneCheck[] = sceneChecks): SceneProblem[] {
  return runChecks(checks, script, catalogue)
}

/**
 * Runs checks in order. A "never holds" problem about a condition is left out when a part of that
 * condition has its own problem (a wrong option, a value out of range): fixing the part is the fix,
 * and one mistake stays one line.
 */
function runChecks(checks: readonly SceneCheck[], script: SceneScript, catalogue: Catalogue): SceneProblem[] {
  const found = checks.map((check) => ({ check, problems: check(script, catalogue) }))
  const pointers = found.filter((f) => f.check !== neverHolds).flatMap((f) => f.problems.map((p) => p.pointer))
  return found.flatMap(({ check, problems }) =>
    check === neverHolds ? problems.filter((p) => !pointers.some((q) => q.startsWith(`${p.pointer}/`))) : problems,
  )
}

/** Checks that follow routes: unfair on a script some of whose steps had to be left out. */
const routeChecks: ReadonlySet<SceneCheck> = new Set([unreachableSteps, deadEnds, loopsWithoutExit, unansweredReads, neverHolds, thresholdDisagreements])

/**
 * Checks a script that failed its schema but could be patched (patch-script.ts), so its other
 * mistakes are reported with the schema's. Pointers are mapped back to the steps' places in the
 * file; when steps were left out, route checks are skipped and nothing is said about the left-out
 * steps' ids (their own schema problems say what is wrong).
 */
export function checkPatchedScene(patched: PatchedScript, catalogue: Catalogue, only: readonly SceneCheck[] = sceneChecks): SceneProblem[] {
  const checks = patched.whole ? only : only.filter((check) => !routeChecks.has(check))
  const mentionsDropped = (p: SceneProblem) => patched.dropped.some((id) => p.message.includes(`"${id}"`))
  return runChecks(checks, patched.script, catalogue)
    .filter((p) => !mentionsDropped(p))
    .map((p) => ({ ...p, pointer: p.pointer.replace(/^\/steps\/(\d+)/, (_, k: string) => `/steps/${patched.stepIndexes[Number(k)]}`) }))
}
