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
      if (earlier) findings.push({ file, pointer: `${pointer}/id`, message: `duplicate field id "${field.id}": already used at ${earlier}` })
      else seen.set(field.id, pointer)
      if (choiceTypes.has(field.type) && !field.options) {
        findings.push({ file, pointer, message: `a ${field.type} field needs options to choose from` })
      }
      if (field.type === 'group' && !field.fields) {
        findings.push({ file, pointer, message: 'a group field needs the fields it repeats' })
      }
    }
    return findings
  })
