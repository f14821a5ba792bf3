import { personalFieldTypes, type FormField } from '../form.ts'
import type { ContentCheck, FileFinding } from '../loaded-content.ts'
import { formFields } from './form-fields-of.ts'

/**
 * What a field's Chinese label says it asks for, and the type that keeps such data encrypted. A label
 * is what a citizen answers, so it is the surest sign of what the field will hold.
 */
const signs: { pattern: RegExp; type: (typeof personalFieldTypes)[number]; what: string; whatZh: string }[] = [
  { pattern: /姓名/, type: 'person-name', what: "a person's name", whatZh: '姓名' },
  { pattern: /身份证|证件号码/, type: 'id-card', what: 'an ID number', whatZh: '证件号码' },
  { pattern: /电话|手机|联系方式/, type: 'phone', what: 'a phone number', whatZh: '电话号码' },
  { pattern: /地址|住址|住所/, type: 'address', what: 'an address', whatZh: '地址' },
]
const personal: ReadonlySet<string> = new Set(personalFieldTypes)
const asText: ReadonlySet<FormField['type']> = new Set(['text', 'number', 'date', 'select', 'radio', 'uscc'])

/**
 * Personal data is encrypted by field type (person-name, id-card, phone, address, textarea), so a field
 * whose label asks for a name, ID number, phone or address must have such a type, or its answers would
 * be stored in the clear.
 */
export const checkPersonalData: ContentCheck = (content) =>
  content.forms.flatMap(({ file, value: form }) => {
    const findings: FileFinding[] = []
    for (const { field, pointer } of formFields(form)) {
      if (personal.has(field.type) || !asText.has(field.type) || (field.options && field.type !== 'text')) continue
      const sign = signs.find((s) => s.pattern.test(field.label.zh))
      if (sign) {
        findings.push({
          file, pointer: `${pointer}/type`,
          message: `"${field.label.zh}" asks for ${sign.what}, personal data that must be encrypted: give the field the type "${sign.type}" instead of "${field.type}"`,
          zh: `"${field.label.zh}" 收集的是${sign.whatZh}，属于必须加密的个人信息：请把字段类型从 "${field.type}" 改为 "${sign.type}"`,
        })
      }
    }
    return findings
  })
