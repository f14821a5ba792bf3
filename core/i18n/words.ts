import type { Locale } from '../content/text.ts'
import { formatMessage, type MessageParams } from './format-message.ts'

/** A UI string by key in a given language, filled: what views that show a language of their own call. */
export type Words = (locale: Locale, key: string, params?: MessageParams) => string

/**
 * Looks words up in the strings loaded so far (content/i18n/<locale>.json): a word missing in a
 * language falls back to Chinese, then to its key, so a gap shows rather than vanishes.
 *
 * @example wordsFrom({ zh: { 'hall.window': '{n} 号窗口' } })('en', 'hall.window', { n: 7 }) // '7 号窗口'
 */
export function wordsFrom(strings: Partial<Record<Locale, Record<string, string>>>): Words {
  return (locale, key, params) => {
    const own = strings[locale]?.[key]
    if (own !== undefined) return formatMessage(own, params, locale)
    const chinese = strings.zh?.[key]
    return chinese === undefined ? key : formatMessage(chinese, params, 'zh')
  }
}
