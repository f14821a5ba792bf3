import type { SceneScript } from '../../core/scenes/script.ts'
import type { ScriptCoverage } from '../../core/studio/step-coverage.ts'
import type { TranslationCompleteness } from '../../core/studio/translation-completeness.ts'
import type { Text } from '../../core/content/text.ts'
import { getJson } from '../api/api.ts'

export type StudioMode = 'read-only' | 'dev'
export type SceneStatus = { id: string; file: string; title: Text | null; problems: string[]; problemsZh: string[]; translation: TranslationCompleteness | null }
export type StudioScene = { mode: StudioMode; script: SceneScript; coverage: ScriptCoverage }

/** The studio's two reads (server/routes/studio.ts); failures reject with an ApiFailure like client/api/api.ts. */
export const studioApi = {
  scenes: (signal?: AbortSignal) => getJson<{ mode: StudioMode; scenes: SceneStatus[] }>('/api/studio/scenes', signal),
  scene: (id: string, signal?: AbortSignal) => getJson<StudioScene>(`/api/studio/scenes/${encodeURIComponent(id)}`, signal),
}
