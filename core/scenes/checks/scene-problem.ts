import type { Catalogue } from '../../content/catalogue.ts'
import type { SceneScript } from '../script.ts'

/**
 * A problem in a scene script: a JSON pointer into the file and what to do about it, in English
 * (`message`) and in Chinese (`zh`), since editors work in either.
 */
export type SceneProblem = { pointer: string; message: string; zh: string }

/** One check over a script; it returns problems and never throws on bad content. */
export type SceneCheck = (script: SceneScript, catalogue: Catalogue) => SceneProblem[]
