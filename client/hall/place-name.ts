import type { HallPlan } from '../../core/content/hall-layout.ts'
import type { Locale } from '../../core/content/text.ts'
import type { Words } from '../../core/i18n/words.ts'
import type { Place } from '../../core/scenes/script.ts'

/** A place as a person would name it: "7 号窗口 · 食品经营许可 1", "导服台", "等候区". */
export function placeName(layout: HallPlan, place: Place, locale: Locale, words: Words): string {
  if ('window' in place) {
    const w = layout.windows.find((x) => x.number === place.window)
    const number = words(locale, 'hall.window', { n: place.window })
    return w?.label ? `${number} · ${w.label[locale]}` : number
  }
  if ('zone' in place) return layout.zones.find((z) => z.id === place.zone)?.name[locale] ?? place.zone
  return layout.facilities.find((f) => f.id === place.facility)?.name[locale] ?? place.facility
}
