import type { ContentCheck, FileFinding } from '../loaded-content.ts'

/** Field types a licence never shows: anyone who scans its QR code sees what it shows. */
const neverShown: Readonly<Record<string, { en: string; zh: string }>> = {
  'id-card': { en: 'an ID number', zh: '身份证件号码' },
  phone: { en: 'a phone number', zh: '电话号码' },
  group: { en: 'a group of answers', zh: '一组答案' },
}

/**
 * Electronic licences (电子证照): a matter's licence is filled from its online form's top-level answers and
 * shows no ID number or phone; one matter issues each licence type; a material spared by a licence
 * (replacedBy) names a type some matter issues.
 */
export const checkLicences: ContentCheck = (content) => {
  const findings: FileFinding[] = []
  const issuers = new Map<string, string>()
  for (const { file, value: m } of content.matters) {
    if (!m.licence) continue
    const earlier = issuers.get(m.licence.type)
    if (earlier) findings.push({ file, pointer: '/licence/type', message: `licence type "${m.licence.type}" is issued by matter "${earlier}" already: give this licence its own type`, zh: `证照类型 "${m.licence.type}" 已由事项 "${earlier}" 颁发：请给这个证照另起一个类型` })
    else issuers.set(m.licence.type, m.id)
    const form = content.forms.find((f) => f.value.id === m.online.form)?.value
    if (!form) {
      if (m.online.form === undefined) findings.push({ file, pointer: '/licence', message: 'a licence is filled from the answers of the online form, and this matter has none: set online.form', zh: '证照内容取自在线表单的答案，而这个事项没有在线表单：请设置 online.form' })
      continue
    }
    const fields = new Map(form.sections.flatMap((s) => s.fields).map((f) => [f.id, f]))
    m.licence.fields.forEach((lf, i) => {
      const field = fields.get(lf.from)
      const pointer = `/licence/fields/${i}/from`
      if (!field) findings.push({ file, pointer, message: `form "${form.id}" has no field "${lf.from}" outside a group (fields: ${[...fields.keys()].join(', ')})`, zh: `表单 "${form.id}" 在分组之外没有字段 "${lf.from}"（现有字段：${[...fields.keys()].join('、')}）` })
      else if (neverShown[field.type]) findings.push({ file, pointer, message: `"${lf.from}" is ${neverShown[field.type]!.en}: a licence never shows one, since anyone verifying it would see it`, zh: `"${lf.from}" 是${neverShown[field.type]!.zh}：证照上从不显示，因为任何核验证照的人都会看到` })
    })
  }
  for (const { file, value: m } of content.matters) {
    m.materials.forEach((material, i) => {
      if (material.replacedBy !== undefined && !issuers.has(material.replacedBy)) {
        findings.push({ file, pointer: `/materials/${i}/replacedBy`, message: `no matter issues licence type "${material.replacedBy}" (known: ${[...issuers.keys()].join(', ') || 'none'})`, zh: `没有事项颁发证照类型 "${material.replacedBy}"（已知：${[...issuers.keys()].join('、') || '无'}）` })
      }
    })
  }
  return findings
}
