import type { Catalogue } from './catalogue.ts'
import type { LoadedContent } from './loaded-content.ts'

/**
 * The catalogue of every valid item, or null when a file everything else hangs on (departments,
 * themes, the hall layout) is missing or unreadable.
 */
export function assembleCatalogue(content: LoadedContent): Catalogue | null {
  const has = (name: string) => content.sources.some((s) => s.schemaName === name)
  if (!content.hall || !has('departments') || !has('themes')) return null
  const strings: Catalogue['strings'] = { zh: {}, en: {} }
  for (const s of content.strings) strings[s.locale] = s.value.strings
  return {
    departments: content.departments.map((d) => d.value),
    themes: content.themes.map((t) => t.value),
    matters: content.matters.map((m) => m.value),
    hall: content.hall.value,
    serviceTimes: content.serviceTimes.map((z) => z.value),
    forms: content.forms.map((f) => f.value),
    scenes: content.scenes.map((s) => s.value),
    strings,
  }
}
