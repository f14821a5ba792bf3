import type { ContentCheck, FileFinding } from '../loaded-content.ts'

/** Field types a licence never shows: anyone who scans its QR code sees what it shows. */
const neverShown: Readonly<Record<string, string>> = { 'id-card': 'an ID number', phone: 'a phone number', group: 'a group of answers' }

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
    if (earlier) findings.push({ file, pointer: '/licence/type', message: `licence type "${m.licence.type}" is issued by matter "${earlier}" already: give this licence its own type` })
    else issuers.set(m.licence.type, m.id)
    const form = content.forms.find((f) => f.value.id === m.online.form)?.value
    if (!form) {
      if (m.online.form === undefined) findings.push({ file, pointer: '/licence', message: 'a licence is filled from the answers of the online form, and this matter has none: set online.form' })
      continue
    }
    const fields = new Map(form.sections.flatMap((s) => s.fields).map((f) => [f.id, f]))
    m.licence.fields.forEach((lf, i) => {
      const field = fields.get(lf.from)
      const pointer = `/licence/fields/${i}/from`
      if (!field) findings.push({ file, pointer, message: `form "${form.id}" has no field "${lf.from}" outside a group (fields: ${[...fields.keys()].join(', ')})` })
      else if (neverShown[field.type]) findings.push({ file, pointer, message: `"${lf.from}" is ${neverShown[field.type]}: a licence never shows one, since anyone verifying it would see it` })
    })
  }
  for (const { file, value: m } of content.matters) {
    m.materials.forEach((material, i) => {
      if (material.replacedBy !== undefined && !issuers.has(material.replacedBy)) {
        findings.push({ file, pointer: `/materials/${i}/replacedBy`, message: `no matter issues licence type "${material.replacedBy}" (known: ${[...issuers.keys()].join(', ') || 'none'})` })
      }
    })
  }
  return findings
}
