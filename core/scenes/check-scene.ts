import type { Catalogue } from '../content/catalogue.ts'
import { conditionValues } from './checks/condition-values.ts'
import { deadEnds } from './checks/dead-ends.ts'
import { duplicateStepIds } from './checks/duplicate-step-ids.ts'
import { loopsWithoutExit } from './checks/loops-without-exit.ts'
import { prerequisiteCycles } from './checks/prerequisite-cycles.ts'
import { questionOptions } from './checks/question-options.ts'
import type { SceneCheck, SceneProblem } from './checks/scene-problem.ts'
import { translations } from './checks/translations.ts'
import { unansweredReads } from './checks/unanswered-reads.ts'
import { unknownCues } from './checks/unknown-cues.ts'
import { unknownMaterials } from './checks/unknown-materials.ts'
import { unknownMatters } from './checks/unknown-matters.ts'
import { unknownPlaces } from './checks/unknown-places.ts'
import { unknownSteps } from './checks/unknown-steps.ts'
import { unreachableSteps } from './checks/unreachable-steps.ts'
import type { SceneScript } from './script.ts'

export type { SceneProblem } from './checks/scene-problem.ts'

/** Every check, in the order an editor would fix things: names first, then routes, then wording. */
export const sceneChecks: readonly SceneCheck[] = [
  duplicateStepIds,
  unknownSteps,
  unknownMatters,
  unknownMaterials,
  prerequisiteCycles,
  unknownPlaces,
  unknownCues,
  questionOptions,
  conditionValues,
  unreachableSteps,
  deadEnds,
  loopsWithoutExit,
  unansweredReads,
  translations,
]

/**
 * Checks a parsed scene script against the catalogue. Each problem has a JSON pointer into the
 * script file (e.g. `/steps/3/next/0/to`) that the content checker turns into file:line:col.
 *
 * @example checkScene(script, catalogue) // [{ pointer: '/steps/3/cue', message: 'unknown animation cue "wave" (use one of greet, ...)' }]
 */
export function checkScene(script: SceneScript, catalogue: Catalogue): SceneProblem[] {
  return sceneChecks.flatMap((check) => check(script, catalogue))
}
