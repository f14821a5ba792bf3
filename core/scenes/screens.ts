import type { HallCue, SceneCue } from './hall-cues.ts'
import type { QuestionStep, SceneScript, Step } from './script.ts'
import { stepsById, type Walk } from './walk.ts'

/** A scene or info step: the guide's words or something to know, told along with the next screen. */
export type NarrationStep = Extract<Step, { kind: 'scene' } | { kind: 'info' }>

/** Where the visitor is: a question (with what the guide tells on the way to it), the check page or the list. */
export type Screen =
  | { kind: 'question'; question: QuestionStep; narration: NarrationStep[] }
  | { kind: 'check' | 'list'; route: NarrationStep[] }

const indexes = new WeakMap<SceneScript, Map<string, Step>>()
/** Steps by id, built once per script. */
export function stepIndex(script: SceneScript): Map<string, Step> {
  let byId = indexes.get(script)
  if (!byId) indexes.set(script, (byId = stepsById(script)))
  return byId
}

/**
 * The scene and info steps on the route between the question before `question` (or the start) and
 * `question` itself: they cost no screen of their own and are told with the question.
 */
export function narrationBefore(script: SceneScript, walk: Walk, question: string): NarrationStep[] {
  const at = walk.path.indexOf(question)
  return narration(script, walk.path.slice(previousQuestionIndex(script, walk.path, at) + 1, at))
}

/** The scene and info steps after the last question: the visit through the hall, shown with the check page and the list. */
export function routeAfterQuestions(script: SceneScript, walk: Walk): NarrationStep[] {
  return narration(script, walk.path.slice(previousQuestionIndex(script, walk.path, walk.path.length) + 1))
}

/** The hall's cue for a screen: the scenes told with a question, or the route with the check page and the list. */
export function hallCueOf(screen: Screen): HallCue {
  if (screen.kind === 'question') return { type: 'hall.scenes', question: screen.question.id, scenes: sceneCues(screen.narration) }
  const scenes = sceneCues(screen.route)
  const windows: number[] = []
  for (const { place } of scenes) if ('window' in place && windows.at(-1) !== place.window) windows.push(place.window)
  return { type: 'hall.route', scenes, windows }
}

function sceneCues(steps: NarrationStep[]): SceneCue[] {
  return steps.flatMap((s) => (s.kind === 'scene' ? [{ step: s.id, cue: s.cue, place: s.place, say: s.say }] : []))
}

function narration(script: SceneScript, ids: string[]): NarrationStep[] {
  const byId = stepIndex(script)
  return ids.map((id) => byId.get(id)).filter((s): s is NarrationStep => s?.kind === 'scene' || s?.kind === 'info')
}

function previousQuestionIndex(script: SceneScript, path: string[], before: number): number {
  const byId = stepIndex(script)
  for (let i = before - 1; i >= 0; i--) if (byId.get(path[i]!)?.kind === 'question') return i
  return -1
}
