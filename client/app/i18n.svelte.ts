import zhFile from '../../content/i18n/zh.json'
import type { Locale, Text } from '../../core/content/text.ts'
import type { MessageParams } from '../../core/i18n/format-message.ts'
import { wordsFrom, type Words } from '../../core/i18n/words.ts'
import { api } from '../api/api.ts'
import { readSetting, writeSetting } from './persisted.ts'

type Strings = Record<string, string>

/**
 * The interface language. Chinese words ship in the bundle for the first paint; other locales are
 * fetched from /api/i18n/:locale when chosen. A missing word falls back to Chinese, then to its key.
 */
class I18n {
  locale = $state<Locale>('zh')
  #strings = $state<Partial<Record<Locale, Strings>>>({ zh: zhFile.strings })

  constructor() {
    const saved = readSetting('locale')
    if (saved === 'en') void this.setLocale('en')
  }

  /**
   * `t('journey.question-number', { number: 3 })` -> 第 3 个问题; plurals follow the language the
   * word is written in (core/i18n/format-message.ts): `t('material.copies', { n: 1 })` -> 1 copy.
   */
  t = (key: string, params?: MessageParams): string => this.words(this.locale, key, params)

  /** A word in a given language, for views that show both (the kiosk's tour) or draw their own (the hall). */
  words: Words = (locale, key, params) => wordsFrom(this.#strings)(locale, key, params)

  /** True once a language's words are here; until then `words` answers in Chinese. */
  has = (locale: Locale): boolean => this.#strings[locale] !== undefined

  /** Picks the current language out of a bilingual content text. */
  text = (value: Text | undefined): string => (value ? value[this.locale] : '')

  /** Fetches a language's words without switching to it (the kiosk shows both languages at once). */
  async load(locale: Locale): Promise<void> {
    if (this.#strings[locale]) return
    try {
      this.#strings[locale] = await api.strings(locale)
    } catch {
      // The content texts are bilingual anyway; interface words fall back to Chinese until a retry.
    }
  }

  async setLocale(locale: Locale): Promise<void> {
    await this.load(locale)
    this.locale = locale
    writeSetting('locale', locale)
    if (typeof document !== 'undefined') document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
  }
}

export const i18n = new I18n()
export const t = i18n.t
export const tx = i18n.text
