import type { Locale } from '../../core/content/text.ts'
import type { ModelWindow } from '../../core/hall/hall-model.ts'
import type { Words } from '../../core/i18n/words.ts'

/**
 * What a window's card says: its number and sign, its department, and the matters it handles; a
 * window with many matters names the few the hall plan names and says how many there are.
 */
export function windowCardText(w: ModelWindow, locale: Locale, words: Words): string {
  const title = words(locale, 'hall.window', { n: w.number }) + (w.label ? ` · ${w.label[locale]}` : '')
  const separator = words(locale, 'list.separator')
  const departments = w.departments.map((d) => d.name?.[locale] ?? d.id).join(separator)
  const list = w.matters.map((m) => m.name[locale]).join(separator)
  const handles = !list ? '' : w.matterCount > w.matters.length ? words(locale, 'hall.handles-more', { list, total: w.matterCount }) : words(locale, 'hall.handles-list', { list })
  return [title, departments, handles].filter(Boolean).join('\n')
}
