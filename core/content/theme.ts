import { z } from 'zod'
import { Slug, Text } from './text.ts'

/** Who a matter or situation serves: natural persons (自然人) or legal persons (法人). */
export const Audience = z.enum(['自然人', '法人'])
export type Audience = z.infer<typeof Audience>

/** A theme (主题分类): a life event for citizens or a stage of a business's life. */
export const Theme = z.object({ id: Slug, audience: Audience, name: Text }).strict()
export type Theme = z.infer<typeof Theme>

/** `content/themes.json` */
export const ThemesFile = z.object({ $schema: z.string().optional(), themes: z.array(Theme).min(1) }).strict()
