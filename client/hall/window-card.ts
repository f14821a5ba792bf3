import type { Locale } from '../../core/content/text.ts'
import type { ModelWindow } from '../../core/hall/hall-model.ts'
import { fill, hallText } from './hall-text.ts'

/** What a window's card says: its number and sign, its department, and the matters it handles. */
export function windowCardText(w: ModelWindow, locale: Locale): string {
  const title = fill(hallText.window[locale], { n: w.number }) + (w.label ? ` · ${w.label[locale]}` : '')
  const departments = w.departments.map((d) => d.name?.[locale] ?? d.id).join(locale === 'zh' ? '、' : ', ')
  const matters = w.matters.map((m) => m.name?.[locale] ?? m.id).join(locale === 'zh' ? '、' : ', ')
  const handles = `${hallText.handles[locale]}${locale === 'zh' ? '：' : ': '}${matters}`
  return [title, departments, matters ? handles : ''].filter(Boolean).join('\n')
}
