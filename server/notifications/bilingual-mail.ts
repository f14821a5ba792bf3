import type { Locale } from '../../core/content/text.ts'
import type { MessageParams } from '../../core/i18n/format-message.ts'
import type { Words } from '../../core/i18n/words.ts'
import type { Notification } from './senders.ts'

/**
 * An e-mail in Chinese, then English (the product speaks both; a mail cannot ask which one the reader
 * chose): the subject `notice.<kind>-subject` in both joined by " / ", the text `notice.<kind>-mail`
 * in Chinese, a blank line, then in English. `params` gives each language its own names (a zone, a form).
 *
 * @example bilingualMail(words, 'draft-expiry', (l) => ({ date: '2027-01-05', form: form.title[l] }), 'wang@example.cn')
 */
export function bilingualMail(words: Words, kind: string, params: (locale: Locale) => MessageParams, to: string): Notification {
  const both = (key: string, join: string) => (['zh', 'en'] as const).map((l) => words(l, `notice.${kind}-${key}`, params(l))).join(join)
  return { to, subject: both('subject', ' / '), text: both('mail', '\n\n') }
}
