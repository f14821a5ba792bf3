import { translations } from '../scenes/checks/translations.ts'
import type { Catalogue } from '../content/catalogue.ts'
import type { SceneScript } from '../scenes/script.ts'

/** How many of a script's citizen-facing texts are really translated into English, and which are not. */
export type TranslationCompleteness = { texts: number; translated: number; missing: string[] }

/**
 * Counts every bilingual text of a script (any `{ zh, en }` in it) and subtracts those the
 * translations check rejects (English equal to the Chinese, or holding Chinese); `missing` holds
 * their JSON pointers.
 *
 * @example translationCompleteness(script) // { texts: 42, translated: 41, missing: ['/steps/3/say/en'] }
 */
export function translationCompleteness(script: SceneScript): TranslationCompleteness {
  // The translations check reads only the script, never the catalogue.
  const missing = translations(script, {} as Catalogue).map((p) => p.pointer)
  const texts = countTexts(script)
  return { texts, translated: texts - missing.length, missing }
}

function countTexts(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countTexts(item), 0)
  if (typeof value !== 'object' || value === null) return 0
  const keys = Object.keys(value)
  if (keys.length === 2 && 'zh' in value && 'en' in value) return 1
  return Object.values(value).reduce((n: number, item) => n + countTexts(item), 0)
}
