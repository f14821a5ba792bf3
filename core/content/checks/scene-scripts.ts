import { checkScene } from '../../scenes/check-scene.ts'
import type { Catalogue } from '../catalogue.ts'
import type { FileFinding, LoadedContent } from '../loaded-content.ts'

/** Each scene script against the catalogue: steps that lead nowhere, unknown places and matters, and so on. */
export function checkSceneScripts(content: LoadedContent, catalogue: Catalogue): FileFinding[] {
  return content.scenes.flatMap(({ file, value }) => checkScene(value, catalogue).map((f) => ({ file, pointer: f.pointer, message: f.message })))
}
