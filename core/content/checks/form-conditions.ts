import type { Condition } from '../../conditions/condition.ts'
import type { FormDefinition } from '../form.ts'
import type { ContentCheck, FileFinding, LoadedContent } from '../loaded-content.ts'
import { formFields } from './form-fields-of.ts'

/** A field's `when` and `required` read fields of the same form; its `prefill` names a journey question. */
export const checkFormConditions: ContentCheck = (content) =>
  content.forms.flatMap(({ file, value: form }) => {
    const fieldIds = new Set(formFields(form).map((f) => f.field.id))
    const questions = journeyQuestions(content, form)
    const findings: FileFinding[] = []
    for (const { field, pointer } of formFields(form)) {
      const conditions: [Condition | undefined, string][] = [
        [field.when, `${pointer}/when`],
        [typeof field.required === 'object' ? field.required : undefined, `${pointer}/required`],
      ]
      for (const [condition, at] of conditions) {
        for (const read of answersRead(condition, at)) {
          if (!fieldIds.has(read.id)) findings.push({ file, pointer: read.pointer, message: `unknown field "${read.id}" (no field of this form has that id)`, zh: `未知的字段 "${read.id}"（本表单没有这个标识的字段）` })
        }
      }
      if (field.prefill !== undefined && questions && !questions.has(field.prefill)) {
        findings.push({ file, pointer: `${pointer}/prefill`, message: `unknown question "${field.prefill}" (no question step of a scene leading to matter "${form.matter}" has that id)`, zh: `未知的问题 "${field.prefill}"（通向事项 "${form.matter}" 的情形中没有这个标识的问题）` })
      }
    }
    return findings
  })

/** The ids of answers a condition reads, each with the pointer of its `answer`. */
function answersRead(condition: Condition | undefined, pointer: string): { id: string; pointer: string }[] {
  if (!condition) return []
  if ('answer' in condition) return [{ id: condition.answer, pointer: `${pointer}/answer` }]
  if ('all' in condition) return condition.all.flatMap((c, i) => answersRead(c, `${pointer}/all/${i}`))
  if ('any' in condition) return condition.any.flatMap((c, i) => answersRead(c, `${pointer}/any/${i}`))
  return answersRead(condition.not, `${pointer}/not`)
}

/**
 * Question ids of the scenes whose outcomes include the form's matter (of every scene when none does
 * yet); null when a scene file is broken, as the question may be in it.
 */
function journeyQuestions(content: LoadedContent, form: FormDefinition): Set<string> | null {
  if (content.broken.some((f) => f.startsWith('scenes/'))) return null
  const leadsToMatter = content.scenes.filter((s) =>
    s.value.steps.some((step) => step.kind === 'outcome' && step.matters.some((m) => m.matter === form.matter)),
  )
  const scenes = leadsToMatter.length > 0 ? leadsToMatter : content.scenes
  return new Set(scenes.flatMap((s) => s.value.steps.filter((step) => step.kind === 'question').map((step) => step.id)))
}
