import { z } from 'zod'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { FormDefinition } from '../../core/content/form.ts'
import { HallPlan } from '../../core/content/hall-layout.ts'
import { SceneScript } from '../../core/scenes/script.ts'
import * as api from './api-schemas.ts'

/** A successful answer with a JSON body, described by a named component schema. */
export type JsonAnswer = { status?: 200 | 201; name: string; schema: z.ZodType; description: string }
/** A successful answer with no JSON body: none at all (204), or another media type such as an SVG or CSV. */
export type OtherAnswer = { status: 200 | 204; description: string; media?: string[]; headers?: Record<string, string> }
export type Answer = JsonAnswer | OtherAnswer

/** One API operation as the OpenAPI document describes it. Every mounted /api route has one (server/open-services.test.ts checks). */
export type Operation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  /** OpenAPI path, `{id}` for parameters. */
  path: string
  operationId: string
  summary: string
  tag: string
  pathParams?: { name: string; description: string }[]
  /** Request headers the route reads, all required (e.g. the Draft-Token of /api/draft). */
  headerParams?: { name: string; description: string }[]
  /** Still answered for clients in the field, but replaced: says by what. */
  deprecated?: string
  /** The strict query schema the route validates; unknown or bad parameters answer 400 bad_query. */
  query?: z.ZodObject
  /** The JSON body the route validates with readJsonBody: 400 malformed_json, 422 invalid_request. */
  body?: { name: string; schema: z.ZodType; optional?: boolean }
  response: Answer
  /** Further successful answers, e.g. 200 when a repeated submit returns the application the first one made. */
  alsoAnswers?: Answer[]
  /** Answers carry an ETag and Cache-Control; If-None-Match gives 304. */
  cached?: boolean
  notFound?: string
  /** The error answers particular to this route, by status: which codes, and when. */
  errors?: Partial<Record<400 | 401 | 403 | 404 | 409 | 410 | 422 | 429, string>>
  /** Needs `Authorization: Bearer <staff token>`; every refusal is 401 unauthorized. */
  staff?: boolean
  /** Needs `Authorization: Bearer <key>` with a key the API gave out earlier, named here (e.g. a hand-off's revokeKey). */
  bearer?: string
}

const id = (what: string) => [{ name: 'id', description: `the ${what} id` }]

export function contentOperations(catalogue: Pick<Catalogue, 'departments' | 'themes'>): Operation[] {
  const get = (o: Omit<Operation, 'method' | 'cached'>): Operation => ({ method: 'get', cached: true, query: api.NoQuery, ...o })
  return [
    get({ path: '/api/matters', operationId: 'listMatters', tag: 'matters', summary: 'Matters (事项), filtered, searched and paged', query: api.mattersQuery(catalogue), response: { name: 'MatterList', schema: api.MatterList, description: 'One page of matter summaries (50 unless limit says), with the total; with q, best match first' } }),
    get({ path: '/api/matters/{id}', operationId: 'getMatter', tag: 'matters', summary: "A matter's full guide (办事指南)", pathParams: id('matter'), response: { name: 'Matter', schema: api.MatterGuide, description: 'The full guide' }, notFound: 'matter_not_found' }),
    get({ path: '/api/departments', operationId: 'listDepartments', tag: 'departments', summary: 'Departments stationed in the hall', response: { name: 'DepartmentList', schema: api.DepartmentList, description: 'Departments with their number of matters' } }),
    get({ path: '/api/departments/{id}', operationId: 'getDepartment', tag: 'departments', summary: 'A department with one page of its matters', pathParams: id('department'), query: api.ListPageQuery, response: { name: 'DepartmentDetail', schema: api.DepartmentDetail, description: 'The department, one page of summaries of its matters (20 unless limit says) and their total' }, notFound: 'department_not_found' }),
    get({ path: '/api/themes', operationId: 'listThemes', tag: 'themes', summary: 'Themes (主题分类)', response: { name: 'ThemeList', schema: api.ThemeList, description: 'Themes with their number of matters' } }),
    get({ path: '/api/themes/{id}', operationId: 'getTheme', tag: 'themes', summary: 'A theme with one page of its matters', pathParams: id('theme'), query: api.ListPageQuery, response: { name: 'ThemeDetail', schema: api.ThemeDetail, description: 'The theme, one page of summaries of its matters (20 unless limit says) and their total' }, notFound: 'theme_not_found' }),
    get({ path: '/api/hall', operationId: 'getHall', tag: 'hall', summary: 'The hall layout', response: { name: 'HallPlan', schema: HallPlan, description: 'Zones, windows and facilities in hall units (cm); per zone and window the number of matters, per window the first few by name (GET /api/matters?window=N pages through the rest)' } }),
    get({ path: '/api/hall/directory', operationId: 'getHallDirectory', tag: 'hall', summary: "Each window's number of matters and its first few names", response: { name: 'HallDirectory', schema: api.HallDirectory, description: 'Per window: matterCount and the first matters by name; GET /api/matters?window=N pages through the rest' } }),
    get({ path: '/api/forms/{id}', operationId: 'getForm', tag: 'forms', summary: 'An online form definition', pathParams: id('form'), response: { name: 'FormDefinition', schema: FormDefinition.omit({ $schema: true }), description: 'The form' }, notFound: 'form_not_found' }),
    get({ path: '/api/scenes', operationId: 'listScenes', tag: 'scenes', summary: 'Life situations (情形) with a guided scene', response: { name: 'SceneList', schema: api.SceneList, description: 'Scene summaries' } }),
    get({ path: '/api/scenes/{id}', operationId: 'getScene', tag: 'scenes', summary: "A scene's full script", pathParams: id('scene'), response: { name: 'SceneScript', schema: SceneScript.omit({ $schema: true }), description: 'The script; the client compiles it into a state machine' }, notFound: 'scene_not_found' }),
    get({ path: '/api/i18n/{locale}', operationId: 'getUiStrings', tag: 'i18n', summary: "The interface's strings in one language", pathParams: [{ name: 'locale', description: 'zh or en' }], response: { name: 'UiStrings', schema: api.UiStringsResponse, description: 'Strings keyed by dotted names' }, notFound: 'locale_not_found' }),
    { method: 'get', cached: false, path: '/healthz', operationId: 'health', tag: 'health', summary: 'Liveness and content version', response: { name: 'Health', schema: api.Health, description: 'The server is up with its content loaded' } },
    { method: 'get', cached: false, path: '/api/openapi.json', operationId: 'openapi', tag: 'meta', summary: 'This document', query: api.NoQuery, response: { name: 'OpenApiDocument', schema: z.record(z.string(), z.unknown()), description: 'OpenAPI 3.1' } },
  ]
}
