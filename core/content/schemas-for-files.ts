import type { z } from 'zod'
import { SceneScript } from '../scenes/script.ts'
import { Department, DepartmentsFile } from './department.ts'
import { FormDefinition } from './form.ts'
import { HallLayout } from './hall-layout.ts'
import { ServiceTimesFile } from '../live/service-times.ts'
import { Matter } from './matter.ts'
import { ThemesFile } from './theme.ts'
import { UiStrings } from './ui-strings.ts'

/** A JSON Schema published under content/schemas/, generated from a zod schema so editors get completion. */
export type PublishedSchema = { name: string; schema: z.ZodType; title: string; description: string }

const published = {
  department: { schema: Department, title: 'Department', description: 'One department stationed in the hall (进驻部门).' },
  departments: { schema: DepartmentsFile, title: 'Departments', description: 'content/departments.json: every department stationed in the hall.' },
  themes: { schema: ThemesFile, title: 'Themes', description: 'content/themes.json: the themes (主题分类) matters and situations are filed under.' },
  matter: { schema: Matter, title: 'Matter', description: 'content/matters/<id>.json: the public service guide (办事指南) of one matter (事项).' },
  'hall-layout': { schema: HallLayout, title: 'Hall layout', description: 'content/hall/layout.json: the physical hall, its zones, numbered windows and facilities.' },
  'service-times': { schema: ServiceTimesFile, title: 'Service times', description: 'content/hall/service-times.json: per zone, the opening hours, booking slots and capacity, the walk-in share and the ticket letter (预约 and 取号).' },
  form: { schema: FormDefinition, title: 'Online form', description: 'content/forms/<id>.json: an online application form and how its drafts migrate.' },
  'ui-strings': { schema: UiStrings, title: 'Interface strings', description: 'content/i18n/<locale>.json: the interface\'s own words, keyed by dotted names.' },
  scene: { schema: SceneScript, title: 'Scene script', description: 'scenes/<id>.json: one life situation (情形) as a guided walk through the hall.' },
} as const

export type SchemaName = keyof typeof published

/** Every schema file `npm run schemas` writes, in a stable order. */
export const publishedSchemas: PublishedSchema[] = Object.entries(published).map(([name, s]) => ({ name, ...s }))

/** Where a schema is published, relative to the repository root. */
export function schemaFilePath(name: SchemaName): string {
  return `content/schemas/${name}.schema.json`
}

/** What a content file is, judged by its path. */
export type FileRoute =
  | { kind: 'departments' | 'themes' | 'hall-layout' | 'service-times' | 'matter' | 'form' | 'scene'; schemaName: SchemaName }
  | { kind: 'ui-strings'; schemaName: 'ui-strings'; locale: 'zh' | 'en' }
  | { kind: 'unexpected' }
  | { kind: 'ignored' }

/** Routes a repository-relative path to the schema that describes it. */
export function routeFile(path: string): FileRoute {
  if (path === 'content/departments.json') return { kind: 'departments', schemaName: 'departments' }
  if (path === 'content/themes.json') return { kind: 'themes', schemaName: 'themes' }
  if (path === 'content/hall/layout.json') return { kind: 'hall-layout', schemaName: 'hall-layout' }
  if (path === 'content/hall/service-times.json') return { kind: 'service-times', schemaName: 'service-times' }
  if (/^content\/matters\/[^/]+\.json$/.test(path)) return { kind: 'matter', schemaName: 'matter' }
  if (/^content\/forms\/[^/]+\.json$/.test(path)) return { kind: 'form', schemaName: 'form' }
  if (path === 'content/i18n/zh.json') return { kind: 'ui-strings', schemaName: 'ui-strings', locale: 'zh' }
  if (path === 'content/i18n/en.json') return { kind: 'ui-strings', schemaName: 'ui-strings', locale: 'en' }
  if (/^scenes\/[^/]+\.json$/.test(path)) return { kind: 'scene', schemaName: 'scene' }
  if (path.startsWith('content/schemas/')) return { kind: 'ignored' }
  // The working-day calendar is loaded and checked by core/calendar (server/feedback/load-calendar.ts).
  if (/^content\/calendar\/\d{4}\.json$/.test(path)) return { kind: 'ignored' }
  if (/^(content|scenes)\/.+\.json$/.test(path)) return { kind: 'unexpected' }
  return { kind: 'ignored' }
}

/** The zod schema for a routed file. */
export function schemaFor(name: SchemaName): z.ZodType {
  return published[name].schema
}

/** The `$schema` value a file must carry: the schema's path relative to the file, e.g. `../schemas/matter.schema.json`. */
export function schemaRefFor(path: string, name: SchemaName): string {
  const from = path.split('/').slice(0, -1)
  const to = schemaFilePath(name).split('/')
  let common = 0
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++
  const up = from.slice(common).map(() => '..')
  const rest = to.slice(common)
  return up.length === 0 ? './' + rest.join('/') : [...up, ...rest].join('/')
}
