import { checkPatchedScene, checkScene } from '../../scenes/check-scene.ts'
import type { Catalogue } from '../catalogue.ts'
import type { FileFinding, LoadedContent } from '../loaded-content.ts'

/**
 * Each scene script against the catalogue: steps that lead nowhere, unknown places and matters, and
 * so on; a script that failed its schema is checked too, as far as it can be, so every mistake in
 * a file is listed at once.
 */
export function checkSceneScripts(content: LoadedContent, catalogue: Catalogue): FileFinding[] {
  return [
    ...content.scenes.flatMap(({ file, value }) => checkScene(value, catalogue).map((f) => ({ file, ...f }))),
    ...content.patchedScenes.flatMap(({ file, value }) => checkPatchedScene(value, catalogue).map((f) => ({ file, ...f }))),
  ]
}
