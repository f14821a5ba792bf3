import type { ContentCheck, FileFinding } from '../loaded-content.ts'
import { toPointer } from '../locate.ts'
import { visitTexts } from './texts-of-locale.ts'

/** "visit(s)", "cop(ies)", "box(es)", "child(ren)": a plural left to the reader. */
const bracketedPlural = /[A-Za-z]\((s|es|ies|ren)\)/

/**
 * No English text leaves its plural to the reader: interface strings say it with
 * `{n, plural, one {# visit} other {# visits}}`, and content texts (any `en` of a guide, a form or a
 * scene) are written for the case they describe.
 */
export const checkEnglishPlurals: ContentCheck = (content) => {
  const findings: FileFinding[] = []
  const report = (file: string, path: PropertyKey[], text: string) => {
    const found = bracketedPlural.exec(text)
    if (!found) return
    const word = text.slice(Math.max(0, found.index - 12), found.index + found[0].length).split(/\s/).pop()
    findings.push({
      file,
      pointer: toPointer(path),
      message: `"${word}" leaves the plural to the reader: write {n, plural, one {…} other {…}} in an interface string, or the form that applies in a content text`,
      zh: `"${word}" 把单复数留给读者猜：界面文字请写 {n, plural, one {…} other {…}}，内容文字请直接写适用的形式`,
    })
  }
  for (const { file, locale, value } of content.strings) {
    if (locale !== 'zh') for (const [key, text] of Object.entries(value.strings)) report(file, ['strings', key], text)
  }
  for (const { file, schemaName, raw } of content.sources) {
    if (schemaName !== 'ui-strings') visitTexts(raw, 'en', (path, text) => report(file, path, text))
  }
  return findings
}
