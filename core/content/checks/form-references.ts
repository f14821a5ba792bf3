import { brokenIds, type ContentCheck } from '../loaded-content.ts'

/** A form belongs to a matter that exists, and that matter offers it online. */
export const checkFormReferences: ContentCheck = (content) => {
  const matters = new Map(content.matters.map((m) => [m.value.id, m.value]))
  const broken = brokenIds(content, 'content/matters/')
  return content.forms.flatMap(({ file, value: form }) => {
    const matter = matters.get(form.matter)
    if (!matter && broken.has(form.matter)) return []
    if (!matter) return [{ file, pointer: '/matter', message: `unknown matter "${form.matter}" (no content/matters/${form.matter}.json)`, zh: `未知的事项 "${form.matter}"（没有 content/matters/${form.matter}.json）` }]
    if (matter.online.form !== form.id) {
      return [{ file, pointer: '/matter', message: `matter "${form.matter}" does not offer this form: set its online.form to "${form.id}"`, zh: `事项 "${form.matter}" 没有提供这个表单：请把它的 online.form 设为 "${form.id}"` }]
    }
    return []
  })
}
