import type { ContentCheck, FileFinding } from '../loaded-content.ts'
import { toPointer } from '../locate.ts'

/** Every interface string exists in both languages. */
export const checkUiStrings: ContentCheck = (content) => {
  const findings: FileFinding[] = []
  for (const here of content.strings) {
    for (const other of content.strings.filter((s) => s.locale !== here.locale)) {
      for (const key of Object.keys(here.value.strings)) {
        if (!(key in other.value.strings)) {
          findings.push({ file: here.file, pointer: toPointer(['strings', key]), message: `"${key}" has no ${other.locale} translation: add it to ${other.file}`, zh: `"${key}" 没有 ${other.locale} 译文：请加到 ${other.file}` })
        }
      }
    }
  }
  return findings
}
