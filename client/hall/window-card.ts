import type { Locale } from '../../core/content/text.ts'
import type { ModelWindow } from '../../core/hall/hall-model.ts'
import type { Words } from '../../core/i18n/words.ts'

/** What a window's card says: its number and sign, its department, and the matters it handles. */
export function windowCardText(w: ModelWindow, locale: Locale, words: Words): string {
  const title = words(locale, 'hall.window', { n: w.number }) + (w.label ? ` · ${w.label[locale]}` : '')
  const separator = words(locale, 'list.separator')
  const departments = w.departments.map((d) => d.name?.[locale] ?? d.id).join(separator)
  const matters = w.matters.map((m) => m.name?.[locale] ?? m.id).join(separator)
  return [title, departments, matters ? words(locale, 'hall.handles-list', { list: matters }) : ''].filter(Boolean).join('\n')
}
