import { createHash } from 'node:crypto'
import type { Catalogue } from '../../core/content/catalogue.ts'
import type { Matter } from '../../core/content/matter.ts'
import { buildSearchIndex, type SearchIndex } from '../../core/search/search-index.ts'
import { RepresentationCache } from '../http/etag.ts'
import type { MatterSummary } from '../openapi/api-schemas.ts'

/**
 * What the content routes share, prepared once per catalogue: the search index, matter summaries,
 * lookups by id, and the cache of serialised bodies with their ETags.
 */
export type ServedContent = {
  catalogue: Catalogue
  /** A hash of the whole catalogue: changes whenever any content changes. */
  version: string
  summaries: MatterSummary[]
  /** The summaries of each department, theme and window, in catalogue order (absent: none). */
  groups: { department: Map<string, MatterSummary[]>; theme: Map<string, MatterSummary[]>; window: Map<number, MatterSummary[]> }
  mattersById: Map<string, Matter>
  searchIndex: SearchIndex
  cache: RepresentationCache
}

export function summarize(m: Matter, departmentName: Map<string, Matter['name']>): MatterSummary {
  return {
    id: m.id,
    name: m.name,
    department: { id: m.department, name: departmentName.get(m.department) ?? { zh: m.department, en: m.department } },
    kind: m.kind,
    audience: m.audience,
    themes: m.themes,
    online: { available: m.online.available, depth: m.online.depth },
    windows: m.windows,
    promisedLimit: m.promisedLimit,
  }
}

/** Drops the editor-only `$schema` key of a content file before it is served. */
export function withoutSchemaKey<T extends { $schema?: string }>(value: T): Omit<T, '$schema'> {
  const { $schema: _schema, ...rest } = value
  return rest
}

/** Rows grouped under each of the keys `keysOf` gives, keeping their order. */
function groupBy<K, T>(rows: readonly T[], keysOf: (row: T) => readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const row of rows) {
    for (const key of keysOf(row)) {
      const group = groups.get(key)
      if (group) group.push(row)
      else groups.set(key, [row])
    }
  }
  return groups
}

export function serveContent(catalogue: Catalogue): ServedContent {
  const departmentName = new Map(catalogue.departments.map((d) => [d.id, d.name]))
  const summaries = catalogue.matters.map((m) => summarize(m, departmentName))
  return {
    catalogue,
    version: createHash('sha256').update(JSON.stringify(catalogue)).digest('base64url').slice(0, 16),
    summaries,
    groups: { department: groupBy(summaries, (m) => [m.department.id]), theme: groupBy(summaries, (m) => m.themes), window: groupBy(summaries, (m) => m.windows) },
    mattersById: new Map(catalogue.matters.map((m) => [m.id, m])),
    searchIndex: buildSearchIndex(catalogue.matters, catalogue.departments),
    cache: new RepresentationCache(),
  }
}
