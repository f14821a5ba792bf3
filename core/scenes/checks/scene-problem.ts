import type { Catalogue } from '../../content/catalogue.ts'
import type { SceneScript } from '../script.ts'

/** A problem in a scene script: a JSON pointer into the file and what to do about it. */
export type SceneProblem = { pointer: string; message: string }

/** One check over a script; it returns problems and never throws on bad content. */
export type SceneCheck = (script: SceneScript, catalogue: Catalogue) => SceneProblem[]
