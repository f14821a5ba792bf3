import { z } from 'zod'

/** A citizen-facing string in both languages: `{ "zh": "营业执照", "en": "Business licence" }`. */
export const Text = z
  .object({
    zh: z.string().trim().min(1, 'the Chinese text (zh) is empty'),
    en: z.string().trim().min(1, 'the English translation (en) is missing'),
  })
  .strict()
  .meta({ id: 'Text', description: 'Text in Chinese (zh) and English (en); both are required.' })
export type Text = z.infer<typeof Text>

export const locales = ['zh', 'en'] as const
export type Locale = (typeof locales)[number]

/** A stable identifier editors type: lower-case letters, digits and hyphens, e.g. `company-establishment`. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. "food-business-licence"')
  .meta({ id: 'Slug' })

/** A telephone number as printed on a guide, e.g. `0571-12345` or `12345`. */
export const Phone = z.string().regex(/^[0-9()+\- ]{3,20}$/, 'write a phone number with digits and hyphens, e.g. "0571-87001234"')
