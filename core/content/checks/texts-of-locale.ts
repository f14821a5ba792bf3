import type { Locale } from '../text.ts'

/** Visits every `{ zh, en }` text's string in one language anywhere in a raw content file, with its JSON path. */
export function visitTexts(value: unknown, locale: Locale, visit: (path: PropertyKey[], text: string) => void, path: PropertyKey[] = []): void {
  if (Array.isArray(value)) value.forEach((item, i) => visitTexts(item, locale, visit, [...path, i]))
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === locale && typeof child === 'string') visit([...path, key], child)
      else visitTexts(child, locale, visit, [...path, key])
    }
  }
}
