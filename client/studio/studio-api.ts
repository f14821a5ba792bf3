import type { Catalogue } from '../../core/content/catalogue.ts'
import type { Problem } from '../../core/content/problem.ts'
import type { SceneScript } from '../../core/scenes/script.ts'
import type { ScriptCoverage } from '../../core/studio/step-coverage.ts'
import type { StudioOutcomeDiff } from '../../core/studio/studio-outcome-diff.ts'
import type { TranslationCompleteness } from '../../core/studio/translation-completeness.ts'
import type { Text } from '../../core/content/text.ts'
import { getJson } from '../api/api.ts'
import { must, request, type Reply } from '../api/request.ts'

export type StudioMode = 'read-only' | 'dev'
export type SceneStatus = { id: string; file: string; title: Text | null; problems: string[]; problemsZh: string[]; translation: TranslationCompleteness | null }
export type StudioScene = { mode: StudioMode; script: SceneScript; coverage: ScriptCoverage }
export type SavedFile = { file: string; text: string; also?: string[] }

const enc = encodeURIComponent

/**
 * The studio's calls (server/routes/studio.ts, and studio-files.ts with STUDIO=dev); failures reject
 * with an ApiFailure like client/api/api.ts, except the save, whose refusal (the file's problems) is data.
 */
export const studioApi = {
  scenes: (signal?: AbortSignal) => getJson<{ mode: StudioMode; scenes: SceneStatus[] }>('/api/studio/scenes', signal),
  scene: (id: string, signal?: AbortSignal) => getJson<StudioScene>(`/api/studio/scenes/${enc(id)}`, signal),
  catalogue: (signal?: AbortSignal) => request<{ catalogue: Catalogue }>('GET', '/api/studio/catalogue', { signal }).then(must).then((b) => b.catalogue),
  outcomeDiff: (id: string, script: unknown) => request<StudioOutcomeDiff>('POST', `/api/studio/outcome-diff/scenes/${enc(id)}`, { body: script }).then(must),
  save: (id: string, script: unknown): Promise<Reply<SavedFile>> => request<SavedFile>('PUT', `/api/studio/files/scenes/${enc(id)}`, { body: script }),
  /** Saves a matter; the hall layout changes with it when its windows did (`also`). A new one (`isNew`) is refused if the file exists. */
  saveMatter: (id: string, matter: unknown, isNew = false): Promise<Reply<SavedFile>> =>
    request<SavedFile>('PUT', `/api/studio/files/matters/${enc(id)}${isNew ? '?new' : ''}`, { body: matter }),
}

/** The problems a refused save lists (422 content_invalid). */
export const refusedProblems = (reply: Reply<SavedFile>): Problem[] => (!reply.ok && Array.isArray(reply.details) ? (reply.details as Problem[]) : [])
