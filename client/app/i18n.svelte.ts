import zhFile from '../../content/i18n/zh.json'
import type { Locale, Text } from '../../core/content/text.ts'
import { formatMessage, type MessageParams } from '../../core/i18n/format-message.ts'
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
  t = (key: string, params?: MessageParams): string => {
    const own = this.#strings[this.locale]?.[key]
    if (own !== undefined) return formatMessage(own, params, this.locale)
    const chinese = this.#strings.zh?.[key]
    return chinese === undefined ? key : formatMessage(chinese, params, 'zh')
  }

  /** Picks the current language out of a bilingual content text. */
  text = (value: Text | undefined): string => (value ? value[this.locale] : '')

  async setLocale(locale: Locale): Promise<void> {
    if (!this.#strings[locale]) {
      try {
        this.#strings[locale] = await api.strings(locale)
      } catch {
        // The content texts are bilingual anyway; interface words fall back to Chinese until a retry.
      }
    }
    this.locale = locale
    writeSetting('locale', locale)
    if (typeof document !== 'undefined') document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en'
  }
}

export const i18n = new I18n()
export const t = i18n.t
export const tx = i18n.text
