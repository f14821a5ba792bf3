import { z } from 'zod'
import type { PublishedSchema } from './schemas-for-files.ts'

/**
 * The text of a published JSON Schema file: generated from the zod schema (what an editor may write,
 * so defaults stay optional), with a title and description, pretty-printed with a final newline.
 */
export function jsonSchemaFileText(published: PublishedSchema): string {
  const generated = z.toJSONSchema(published.schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>
  const { $schema, ...rest } = generated
  const document = { $schema, title: published.title, description: published.description, ...rest }
  return JSON.stringify(document, null, 2) + '\n'
}
