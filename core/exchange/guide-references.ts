import type { Text } from '../content/text.ts'

/** What a sheet's names are matched against: the departments, themes, windows and matters we have. */
export interface GuideReferences {
  readonly departments: readonly { id: string; name: Text; shortName?: Text | undefined }[]
  readonly themes: readonly { id: string; name: Text }[]
  readonly windows: readonly number[]
  readonly matters: readonly { id: string; name: Text; code: { implementation: string } }[]
}

/** Finds an id by its Chinese or English name, short name or id itself, ignoring spaces. */
export function nameIndex(items: readonly { id: string; name: Text; shortName?: Text | undefined }[]): (name: string) => string | undefined {
  const key = (s: string) => s.replace(/\s+/g, '').toLowerCase()
  const index = new Map<string, string>()
  for (const item of items) {
    for (const name of [item.id, item.name.zh, item.name.en, item.shortName?.zh, item.shortName?.en]) {
      if (name && !index.has(key(name))) index.set(key(name), item.id)
    }
  }
  return (name) => index.get(key(name))
}
