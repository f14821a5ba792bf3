import type { ContentCheck, FileFinding } from '../loaded-content.ts'

const typeOf = { name: 'person-name', 'id-number': 'id-card', phone: 'phone' } as const

/** A field filled from the verified identity holds that kind of value: a name in a person-name field, and so on. */
export const checkFormIdentity: ContentCheck = (content) =>
  content.forms.flatMap(({ file, value: form }) => {
    const findings: FileFinding[] = []
    form.sections.forEach((section, s) =>
      section.fields.forEach((field, f) => {
        if (field.identity && field.type !== typeOf[field.identity]) {
          findings.push({ file, pointer: `/sections/${s}/fields/${f}/identity`, message: `identity "${field.identity}" fills a ${typeOf[field.identity]} field, and "${field.id}" is ${field.type}`, zh: `身份信息 "${field.identity}" 只能填入 ${typeOf[field.identity]} 类型的字段，而 "${field.id}" 是 ${field.type}` })
        }
      }),
    )
    return findings
  })
