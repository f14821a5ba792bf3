import type { SceneScript } from '../../core/scenes/script.ts'
import type { ScriptCoverage } from '../../core/studio/step-coverage.ts'
import type { TranslationCompleteness } from '../../core/studio/translation-completeness.ts'
import type { Text } from '../../core/content/text.ts'
import { ApiFailure } from '../api/api-failure.ts'

export type StudioMode = 'read-only' | 'dev'
export type SceneStatus = { id: string; file: string; title: Text | null; problems: string[]; translation: TranslationCompleteness | null }
export type StudioScene = { mode: StudioMode; script: SceneScript; coverage: ScriptCoverage }

/** The studio's two reads (server/routes/studio.ts); failures reject with an ApiFailure like client/api/api.ts. */
export const studioApi = {
  scenes: (signal?: AbortSignal) => getJson<{ mode: StudioMode; scenes: SceneStatus[] }>('/api/studio/scenes', signal),
  scene: (id: string, signal?: AbortSignal) => getJson<StudioScene>(`/api/studio/scenes/${encodeURIComponent(id)}`, signal),
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal })
  } catch (err) {
    if (signal?.aborted) throw err
    throw new ApiFailure(0, 'network', 'The server could not be reached.')
  }
  const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined
  if (!response.ok) throw new ApiFailure(response.status, body?.error?.code ?? `http_${response.status}`, body?.error?.message ?? `The server answered ${response.status}.`)
  return body as T
}
