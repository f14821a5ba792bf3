import type { Locale } from '../content/text.ts'
import { parseMessage, type MessagePart } from './parse-message.ts'

export type MessageParams = Record<string, string | number>

// Keyed by template: the interface has a few hundred strings, each parsed once.
const parsed = new Map<string, MessagePart[] | null>()
const pluralRules = new Map<Locale, Intl.PluralRules>()
const languageTags: Record<Locale, string> = { zh: 'zh-CN', en: 'en' }

/**
 * Fills a UI string in the language it is written in. `{name}` takes the parameter's value (a name
 * with no value stays as written, so a missing value shows rather than vanishes); a plural picks its
 * branch by the language's plural rules (Intl.PluralRules), an exact `=N` first, and `#` in the
 * branch stands for the number.
 *
 * @example formatMessage('{n, plural, one {# copy} other {# copies}}', { n: 1 }, 'en') // '1 copy'
 * @example formatMessage('{n} 份', { n: 2 }, 'zh') // '2 份'
 */
export function formatMessage(template: string, params: MessageParams | undefined, locale: Locale): string {
  const parts = partsOf(template)
  // `npm run check` reports a malformed string; until it is fixed, its slots are still filled.
  if (!parts) return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole))
  return render(parts, params ?? {}, locale, undefined)
}

function partsOf(template: string): MessagePart[] | null {
  let parts = parsed.get(template)
  if (parts === undefined) {
    const result = parseMessage(template)
    parts = 'parts' in result ? result.parts : null
    parsed.set(template, parts)
  }
  return parts
}

function render(parts: readonly MessagePart[], params: MessageParams, locale: Locale, count: string | undefined): string {
  let out = ''
  for (const part of parts) {
    if (part.kind === 'text') out += part.text
    else if (part.kind === 'number') out += count ?? '#'
    else if (part.kind === 'slot') out += part.name in params ? String(params[part.name]) : `{${part.name}}`
    else out += renderPlural(part, params, locale)
  }
  return out
}

function renderPlural(part: Extract<MessagePart, { kind: 'plural' }>, params: MessageParams, locale: Locale): string {
  if (!(part.name in params)) return part.source
  const n = Number(params[part.name])
  const branch = part.branches.get(`=${n}`) ?? part.branches.get(Number.isFinite(n) ? rulesFor(locale).select(n) : 'other') ?? part.branches.get('other')!
  return render(branch, params, locale, String(params[part.name]))
}

function rulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale)
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(languageTags[locale])))
  return rules
}
