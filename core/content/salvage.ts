import { z } from 'zod'

type Item = { index: number; value: unknown }

/**
 * Keeps the good items of a file whose lists hold some bad ones, the way a drawing app drops bad
 * elements of an imported file and keeps the rest. The file's other fields must still be valid.
 * Returns the file with each list cut down to its valid items, and those items with their original
 * indexes (so checks still point at the right place), or null when the rest of the file is broken.
 */
export function salvage(
  schema: z.ZodObject,
  raw: unknown,
  lists: Record<string, z.ZodType>,
): { value: Record<string, unknown>; items: Record<string, Item[]> } | null {
  const loose = schema.extend(Object.fromEntries(Object.keys(lists).map((key) => [key, z.array(z.unknown())])))
  const outer = loose.safeParse(raw)
  if (!outer.success) return null
  const value: Record<string, unknown> = { ...outer.data }
  const items: Record<string, Item[]> = {}
  for (const [key, itemSchema] of Object.entries(lists)) {
    const valid: Item[] = []
    ;(outer.data[key] as unknown[]).forEach((entry, index) => {
      const result = itemSchema.safeParse(entry)
      if (result.success) valid.push({ index, value: result.data })
    })
    items[key] = valid
    value[key] = valid.map((item) => item.value)
  }
  return { value, items }
}
