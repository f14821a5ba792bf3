import type { Text } from '../../content/text.ts'
import type { SceneScript } from '../script.ts'
import type { SceneCheck, SceneProblem } from './scene-problem.ts'

/** CJK ideographs, CJK punctuation (、。「」) and full-width forms (，！？). */
const chinese = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e]/

/** An English text equal to the Chinese, or holding Chinese characters, is a missing translation. */
export const translations: SceneCheck = (script) =>
  textsOf(script).flatMap(([text, pointer]): SceneProblem[] => {
    if (text.en.trim() === text.zh.trim()) return [{ pointer: `${pointer}/en`, message: `the English text is the same as the Chinese ("${text.zh}"); translate it`, zh: `英文与中文相同（"${text.zh}"）；请翻译成英文` }]
    const found = chinese.exec(text.en)
    return found ? [{ pointer: `${pointer}/en`, message: `the English text contains Chinese ("${found[0]}" in "${text.en}"); translate it`, zh: `英文里有中文（"${text.en}" 中的 "${found[0]}"）；请翻译成英文` }] : []
  })

/** Every citizen-facing text of a script with its pointer. */
function textsOf(script: SceneScript): [Text, string][] {
  const texts: [Text, string][] = [
    [script.title, '/title'],
    [script.summary, '/summary'],
  ]
  script.steps.forEach((step, i) => {
    const at = `/steps/${i}`
    for (const key of ['say', 'title', 'text', 'hint', 'unit'] as const) {
      const text = (step as Partial<Record<typeof key, Text>>)[key]
      if (text) texts.push([text, `${at}/${key}`])
    }
    if (step.kind === 'outcome') {
      step.paragraphs?.forEach((paragraph, k) => texts.push([paragraph.text, `${at}/paragraphs/${k}/text`]))
      step.matters.forEach((entry, j) =>
        entry.promisedLimits?.forEach(({ limit }, k) => limit.note && texts.push([limit.note, `${at}/matters/${j}/promisedLimits/${k}/limit/note`])),
      )
    }
    if (step.kind === 'question') {
      step.options?.forEach((option, k) => {
        texts.push([option.label, `${at}/options/${k}/label`])
        if (option.hint) texts.push([option.hint, `${at}/options/${k}/hint`])
      })
    }
  })
  return texts
}
