import { z } from 'zod'

/**
 * `content/i18n/zh.json` and `content/i18n/en.json`: the interface's own words, keyed by dotted names
 * (`journey.back`). Both files must have the same keys; `{name}` placeholders are filled at run time.
 */
export const UiStrings = z
  .object({ $schema: z.string().optional(), strings: z.record(z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/i), z.string().min(1)) })
  .strict()
export type UiStrings = z.infer<typeof UiStrings>
