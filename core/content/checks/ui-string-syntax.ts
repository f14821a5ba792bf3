import { messageParams, parseMessage } from '../../i18n/parse-message.ts'
import type { ContentCheck, FileFinding } from '../loaded-content.ts'
import { toPointer } from '../locate.ts'

/**
 * Every interface string is well formed (`{name}` slots, `{n, plural, one {…} other {…}}`), and both
 * languages of a string read the same parameters, so no value is dropped in one of them.
 */
export const checkUiStringSyntax: ContentCheck = (content) => {
  const findings: FileFinding[] = []
  const paramsOf = new Map<string, Map<string, string[]>>()
  for (const { file, locale, value } of content.strings) {
    const params = new Map<string, string[]>()
    paramsOf.set(locale, params)
    for (const [key, text] of Object.entries(value.strings)) {
      const parsed = parseMessage(text)
      if ('problem' in parsed) findings.push({ file, pointer: toPointer(['strings', key]), message: parsed.problem, zh: `界面文字的格式有误：${parsed.problem}` })
      else params.set(key, messageParams(parsed.parts))
    }
  }
  const zh = paramsOf.get('zh')
  for (const { file, locale, value } of content.strings.filter((s) => s.locale !== 'zh')) {
    for (const key of Object.keys(value.strings)) {
      const mine = paramsOf.get(locale)?.get(key)
      const chinese = zh?.get(key)
      if (!mine || !chinese || mine.join() === chinese.join()) continue
      const list = (names: string[]) => (names.length ? names.map((n) => `{${n}}`).join(', ') : 'none')
      findings.push({ file, pointer: toPointer(['strings', key]), message: `reads ${list(mine)} but the Chinese string reads ${list(chinese)}: use the same parameters in both`, zh: `用了参数 ${list(mine)}，中文却用 ${list(chinese)}：两种语言请用相同的参数` })
    }
  }
  return findings
}
