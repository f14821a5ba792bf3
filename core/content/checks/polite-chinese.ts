import type { ContentCheck, FileFinding } from '../loaded-content.ts'
import { toPointer } from '../locate.ts'
import { visitTexts } from './texts-of-locale.ts'

/**
 * The Chinese copy addresses the citizen as 您 throughout (a government service speaking to the
 * public), so a 你 in an interface string or in any `zh` of a guide, a form or a scene is reported.
 */
export const checkPoliteChinese: ContentCheck = (content) => {
  const findings: FileFinding[] = []
  const report = (file: string, path: PropertyKey[], text: string) => {
    // The clause that says it, so the editor finds it in a long guide text.
    const phrase = text.split(/[，。；：！？,.;:!?\n]/).find((clause) => clause.includes('你'))
    if (phrase === undefined) return
    findings.push({ file, pointer: toPointer(path), message: `"${phrase}" says 你: address the citizen as 您, as the rest of the service does`, zh: `"${phrase}" 用了“你”：请和整个服务一样称群众为“您”` })
  }
  for (const { file, locale, value } of content.strings) {
    if (locale === 'zh') for (const [key, text] of Object.entries(value.strings)) report(file, ['strings', key], text)
  }
  for (const { file, schemaName, raw } of content.sources) {
    if (schemaName !== 'ui-strings') visitTexts(raw, 'zh', (path, text) => report(file, path, text))
  }
  return findings
}
