import type { Department } from '../../core/content/department.ts'
import type { HallLayout } from '../../core/content/hall-layout.ts'
import type { Matter } from '../../core/content/matter.ts'
import type { Text } from '../../core/content/text.ts'
import type { Audience, Theme } from '../../core/content/theme.ts'
import type { SceneScript } from '../../core/scenes/script.ts'
import { ApiFailure } from './api-failure.ts'

/** What the situations list needs of a scene script; the full script comes from `scene(id)`. */
export type SceneSummary = Pick<SceneScript, 'id' | 'title' | 'summary' | 'theme' | 'audience'>

/** What a search result row needs of a matter; the full guide comes from `matter(id)`. */
export type MatterSummary = Pick<Matter, 'id' | 'name' | 'department' | 'kind'> &
  Partial<Pick<Matter, 'summary' | 'audience' | 'themes' | 'online'>>

export type MatterQuery = { q?: string; audience?: Audience; theme?: string; department?: string }

/** The one place the client talks HTTP. Every function resolves with data or rejects with an ApiFailure. */
export const api = {
  scenes: (signal?: AbortSignal) => getJson<unknown>('/api/scenes', signal).then((b) => listOf<SceneSummary>(b, 'scenes')),
  scene: (id: string, signal?: AbortSignal) => getJson<unknown>(`/api/scenes/${enc(id)}`, signal).then((b) => itemOf<SceneScript>(b, 'scene')),
  matters: (query: MatterQuery, signal?: AbortSignal) =>
    getJson<unknown>(`/api/matters${queryString(query)}`, signal).then((b) => listOf<MatterSummary>(b, 'matters')),
  matter: (id: string, signal?: AbortSignal) => getJson<unknown>(`/api/matters/${enc(id)}`, signal).then((b) => itemOf<Matter>(b, 'matter')),
  departments: (signal?: AbortSignal) => getJson<unknown>('/api/departments', signal).then((b) => listOf<Department>(b, 'departments')),
  department: (id: string, signal?: AbortSignal) =>
    getJson<unknown>(`/api/departments/${enc(id)}`, signal).then((b) => itemOf<Department>(b, 'department')),
  hall: (signal?: AbortSignal) => getJson<unknown>('/api/hall', signal).then((b) => itemOf<HallLayout>(b, 'hall')),
  themes: (signal?: AbortSignal) => getJson<unknown>('/api/themes', signal).then((b) => listOf<Theme>(b, 'themes')),
  strings: (locale: string, signal?: AbortSignal) =>
    getJson<unknown>(`/api/i18n/${enc(locale)}`, signal).then((b) => itemOf<Record<string, string>>(b, 'strings')),
}

export type { Text }

const enc = encodeURIComponent

function queryString(query: MatterQuery): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value)
  const s = params.toString()
  return s ? `?${s}` : ''
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal })
  } catch (err) {
    if (signal?.aborted) throw err
    throw new ApiFailure(0, 'network', 'The server could not be reached.')
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (!response.ok) throw failureFrom(response.status, body)
  if (body === undefined) throw new ApiFailure(response.status, 'bad_body', `The answer from ${path} was not JSON.`)
  return body as T
}

function failureFrom(status: number, body: unknown): ApiFailure {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`
  const message = typeof error?.message === 'string' ? error.message : `The server answered ${status}.`
  return new ApiFailure(status, code, message)
}

// Lists may come bare (`[...]`) or wrapped (`{ "matters": [...] }`), items bare or wrapped (`{ "matter": {...} }`).
function listOf<T>(body: unknown, key: string): T[] {
  if (Array.isArray(body)) return body as T[]
  const inner = (body as Record<string, unknown> | null)?.[key] ?? (body as Record<string, unknown> | null)?.items
  if (Array.isArray(inner)) return inner as T[]
  throw new ApiFailure(200, 'bad_body', `Expected a list of ${key}.`)
}

function itemOf<T>(body: unknown, key: string): T {
  if (body && typeof body === 'object' && key in body) return (body as Record<string, T>)[key] as T
  return body as T
}
