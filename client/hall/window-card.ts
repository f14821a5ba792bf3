import { namedPerWindow } from '../../core/api/page-sizes.ts'
import type { Locale } from '../../core/content/text.ts'
import type { ModelWindow } from '../../core/hall/hall-model.ts'
import type { Words } from '../../core/i18n/words.ts'

/**
 * What a window's card says: its number and sign, its department, and the matters it handles; a
 * window with many matters names a few (those with names first) and says how many there are.
 */
export function windowCardText(w: ModelWindow, locale: Locale, words: Words): string {
  const title = words(locale, 'hall.window', { n: w.number }) + (w.label ? ` · ${w.label[locale]}` : '')
  const separator = words(locale, 'list.separator')
  const departments = w.departments.map((d) => d.name?.[locale] ?? d.id).join(separator)
  const named = [...w.matters.filter((m) => m.name), ...w.matters.filter((m) => !m.name)]
  const list = named.slice(0, namedPerWindow).map((m) => m.name?.[locale] ?? m.id).join(separator)
  const handles = !list ? '' : named.length > namedPerWindow ? words(locale, 'hall.handles-more', { list, total: named.length }) : words(locale, 'hall.handles-list', { list })
  return [title, departments, handles].filter(Boolean).join('\n')
}
