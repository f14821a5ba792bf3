import type { ContentCheck, FileFinding } from '../loaded-content.ts'
import { formFields } from './form-fields-of.ts'

const choiceTypes = new Set(['select', 'radio', 'checkbox'])

/** Field ids are unique within a form, choices have options, and groups have fields to repeat. */
export const checkFormFields: ContentCheck = (content) =>
  content.forms.flatMap(({ file, value: form }) => {
    const findings: FileFinding[] = []
    const seen = new Map<string, string>()
    for (const { field, pointer } of formFields(form)) {
      const earlier = seen.get(field.id)
      if (earlier) findings.push({ file, pointer: `${pointer}/id`, message: `duplicate field id "${field.id}": already used at ${earlier}`, zh: `字段标识 "${field.id}" 重复：已在 ${earlier} 使用` })
      else seen.set(field.id, pointer)
      if (choiceTypes.has(field.type) && !field.options) {
        findings.push({ file, pointer, message: `a ${field.type} field needs options to choose from`, zh: `${field.type} 字段需要可供选择的选项（options）` })
      }
      if (field.type === 'group' && !field.fields) {
        findings.push({ file, pointer, message: 'a group field needs the fields it repeats', zh: 'group 字段需要列出它重复的字段（fields）' })
      }
    }
    return findings
  })
