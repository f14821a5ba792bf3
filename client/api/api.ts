import type { z } from 'zod'
import type { Department } from '../../core/content/department.ts'
import type { HallPlan } from '../../core/content/hall-layout.ts'
import type { Matter } from '../../core/content/matter.ts'
import type { Audience } from '../../core/content/theme.ts'
import type { SceneScript } from '../../core/scenes/script.ts'
import type {
  DepartmentDetail,
  DepartmentList,
  HallDirectory,
  MatterList,
  MatterSummary,
  SceneList,
  SceneSummary,
  ThemeDetail,
  ThemeList,
  UiStringsResponse,
} from '../../server/openapi/api-schemas.ts'
import { listPageSize } from '../../core/api/page-sizes.ts'
import { must, request } from './request.ts'

export type { DepartmentDetail, HallDirectory, MatterList, MatterSummary, SceneSummary, ThemeDetail }
export type DepartmentSummary = z.infer<typeof DepartmentList>['departments'][number]
export type ThemeSummary = z.infer<typeof ThemeList>['themes'][number]

export type MatterQuery = { q?: string; audience?: Audience; theme?: string; department?: string; window?: number; offset?: number; limit?: number }

const enc = encodeURIComponent

/**
 * The one place the client talks HTTP. Every function resolves with the data or rejects with an
 * ApiFailure; shapes are the server's own (server/openapi/api-schemas.ts).
 */
export const api = {
  scenes: (signal?: AbortSignal) => getJson<z.infer<typeof SceneList>>('/api/scenes', signal).then((b) => b.scenes),
  scene: (id: string, signal?: AbortSignal) => getJson<SceneScript>(`/api/scenes/${enc(id)}`, signal),
  /** One page of matters (50 unless `limit` says), with `total`. */
  matters: (query: MatterQuery, signal?: AbortSignal) => getJson<MatterList>(`/api/matters${queryString(query)}`, signal),
  matter: (id: string, signal?: AbortSignal) => getJson<Matter>(`/api/matters/${enc(id)}`, signal),
  departments: (signal?: AbortSignal): Promise<Department[]> =>
    getJson<z.infer<typeof DepartmentList>>('/api/departments', signal).then((b) => b.departments),
  /** A department with its matters' page `page` (1-based, twenty a page). */
  department: (id: string, page = 1, signal?: AbortSignal) => getJson<DepartmentDetail>(`/api/departments/${enc(id)}${pageQuery(page)}`, signal),
  /** A theme (主题) with its matters' page `page` (1-based, twenty a page). */
  theme: (id: string, page = 1, signal?: AbortSignal) => getJson<ThemeDetail>(`/api/themes/${enc(id)}${pageQuery(page)}`, signal),
  hall: (signal?: AbortSignal) => getJson<HallPlan>('/api/hall', signal),
  themes: (signal?: AbortSignal) => getJson<z.infer<typeof ThemeList>>('/api/themes', signal).then((b) => b.themes),
  strings: (locale: string, signal?: AbortSignal) =>
    getJson<z.infer<typeof UiStringsResponse>>(`/api/i18n/${enc(locale)}`, signal).then((b) => b.strings),
}

/** The first page asks without a query, so it shares the address (and the cache) of the server's preload hint. */
const pageQuery = (page: number) => (page > 1 ? `?offset=${(page - 1) * listPageSize}` : '')

function queryString(query: MatterQuery): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value))
  const s = params.toString()
  return s ? `?${s}` : ''
}

/** GET a JSON resource the HTTP cache may keep (content); any failure rejects with an ApiFailure (status 0 when the server is unreachable). */
export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', path, { signal, cache: 'default' }).then(must)
}
