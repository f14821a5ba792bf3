import { Hono } from 'hono'
import { locales, type Locale } from '../../core/content/text.ts'
import { ApiError } from '../http/api-error.ts'
import { sendRepresentation } from '../http/etag.ts'
import { validateQuery } from '../http/validate-query.ts'
import { NoQuery } from '../openapi/api-schemas.ts'
import type { ServedContent } from './served-content.ts'

const isLocale = (s: string): s is Locale => (locales as readonly string[]).includes(s)

/** `GET /api/i18n/:locale`: the interface's own strings in one language. */
export function i18nRoutes(content: ServedContent): Hono {
  return new Hono().get('/:locale', (c) => {
    validateQuery(c, NoQuery)
    const locale = c.req.param('locale')
    if (!isLocale(locale)) throw new ApiError(404, 'locale_not_found', `No interface strings for "${locale}"; use one of ${locales.join(', ')}.`)
    return sendRepresentation(c, content.cache.get(`i18n/${locale}`, () => ({ locale, strings: content.catalogue.strings[locale] })))
  })
}
