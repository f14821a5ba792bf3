import type { z } from 'zod'
import { patchScript } from '../scenes/patch-script.ts'
import type { SceneScript } from '../scenes/script.ts'
import type { SourceFile } from './catalogue.ts'
import { Department, DepartmentsFile } from './department.ts'
import type { FormDefinition } from './form.ts'
import { Facility, HallLayout, HallWindow, Zone } from './hall-layout.ts'
import { ContentMemo, type FileReading } from './content-memo.ts'
import { emptyContent, type LoadedContent, type Located } from './loaded-content.ts'
import { problemAt, problemAtFileStart, type ParsedFile } from './locate.ts'
import type { Matter } from './matter.ts'
import type { Problem } from './problem.ts'
import { salvage } from './salvage.ts'
import { ServiceTimesFile, ZoneServiceTimes } from '../live/service-times.ts'
import { validate } from './schema-issues.ts'
import { routeFile, schemaFor, type FileRoute } from './schemas-for-files.ts'
import { Theme, ThemesFile } from './theme.ts'
import type { UiStrings } from './ui-strings.ts'

export type ReadContent = { content: LoadedContent; parsed: Map<string, ParsedFile>; problems: Problem[] }

const requiredFiles = ['content/departments.json', 'content/themes.json', 'content/hall/layout.json']

/**
 * Parses and validates every content file on its own: a broken file is reported and left out, and
 * never stops the others being read. Lists in the shared files keep their valid items. With a `memo`
 * kept between calls, a file whose text has not changed is not parsed or validated again.
 */
export function readContent(files: readonly SourceFile[], memo = new ContentMemo()): ReadContent {
  const content = emptyContent()
  const parsed = new Map<string, ParsedFile>()
  const problems: Problem[] = []
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const route = routeFile(file.path)
    if (route.kind === 'ignored') continue
    if (route.kind === 'unexpected') {
      problems.push(problemAtFileStart(file.path, unexpectedFileMessage, unexpectedFileMessageZh))
      continue
    }
    const reading = memo.reading(file)
    const result = reading.parse
    if ('problems' in result) {
      content.broken.push(file.path)
      problems.push(...result.problems)
      continue
    }
    parsed.set(file.path, result.parsed)
    content.sources.push({ file: file.path, schemaName: route.schemaName, raw: result.parsed.value })
    const fileProblems = addFile(content, route, result.parsed, reading)
    if (fileProblems.length > 0) content.broken.push(file.path)
    problems.push(...fileProblems)
  }
  const present = new Set(files.map((f) => f.path))
  memo.keepOnly(present)
  for (const path of requiredFiles.filter((p) => !present.has(p))) {
    problems.push(problemAtFileStart(path, 'this required file is missing', '缺少这个必需的文件'))
  }
  problems.push(...missingLanguageFiles(present))
  return { content, parsed, problems }
}

const unexpectedFileMessage =
  'unexpected file: content lives in content/departments.json, content/themes.json, content/hall/layout.json, content/hall/service-times.json, ' +
  'content/matters/<id>.json, content/forms/<id>.json, content/i18n/zh.json and en.json, and scenes/<id>.json'

const unexpectedFileMessageZh =
  '不该有这个文件：内容只放在 content/departments.json、content/themes.json、content/hall/layout.json、content/hall/service-times.json、' +
  'content/matters/<id>.json、content/forms/<id>.json、content/i18n/zh.json 和 en.json，以及 scenes/<id>.json'

function addFile(content: LoadedContent, route: Exclude<FileRoute, { kind: 'ignored' | 'unexpected' }>, file: ParsedFile, reading: FileReading): Problem[] {
  const result = (reading.validation ??= validate(schemaFor(route.schemaName), file.value))
  const problems = 'findings' in result ? result.findings.map((f) => problemAt(file, f.pointer, f.message, f.zh)) : []
  const whole = 'data' in result ? result.data : undefined
  const at = <T>(value: T, pointer = ''): Located<T> => ({ file: file.path, pointer, value })
  switch (route.kind) {
    case 'departments':
      content.departments.push(...listItems(file, whole, DepartmentsFile, 'departments', Department).departments as Located<Department>[])
      break
    case 'themes':
      content.themes.push(...listItems(file, whole, ThemesFile, 'themes', Theme).themes as Located<Theme>[])
      break
    case 'hall-layout':
      addHall(content, file)
      break
    case 'service-times':
      content.serviceTimes.push(...listItems(file, whole, ServiceTimesFile, 'zones', ZoneServiceTimes).zones as Located<ZoneServiceTimes>[])
      break
    case 'matter':
      if (whole) content.matters.push(at(whole as Matter))
      break
    case 'form':
      if (whole) content.forms.push(at(whole as FormDefinition))
      break
    case 'scene': {
      const patched = whole ? null : patchScript(file.value)
      if (whole) content.scenes.push(at(whole as SceneScript))
      else if (patched) content.patchedScenes.push(at(patched))
      break
    }
    case 'ui-strings':
      if (whole) content.strings.push({ ...at(whole as UiStrings), locale: route.locale })
      break
  }
  return problems
}

function listItems(file: ParsedFile, whole: unknown, schema: z.ZodObject, key: string, item: z.ZodType): Record<string, Located<unknown>[]> {
  const kept = salvage(schema, whole ?? file.value, { [key]: item })
  return { [key]: (kept?.items[key] ?? []).map((i) => ({ file: file.path, pointer: `/${key}/${i.index}`, value: i.value })) }
}

function addHall(content: LoadedContent, file: ParsedFile): void {
  const kept = salvage(HallLayout, file.value, { zones: Zone, windows: HallWindow, facilities: Facility })
  if (!kept) return
  const located = (key: string) => (kept.items[key] ?? []).map((i) => ({ file: file.path, pointer: `/${key}/${i.index}`, value: i.value }))
  content.hall = { file: file.path, pointer: '', value: kept.value as HallLayout }
  content.zones = located('zones') as LoadedContent['zones']
  content.windows = located('windows') as LoadedContent['windows']
  content.facilities = located('facilities') as LoadedContent['facilities']
}

function missingLanguageFiles(present: Set<string>): Problem[] {
  const languages = ['content/i18n/zh.json', 'content/i18n/en.json']
  if (!languages.some((p) => present.has(p))) return []
  return languages.filter((p) => !present.has(p)).map((p) => problemAtFileStart(p, 'this language file is missing: both content/i18n/zh.json and en.json must exist', '缺少这个语言文件：content/i18n/zh.json 和 en.json 都必须有'))
}
