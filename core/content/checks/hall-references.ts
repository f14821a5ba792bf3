import { brokenIds, canJudgeReferencesInto, type ContentCheck, type FileFinding } from '../loaded-content.ts'

/** Each window sits in a zone of the hall and names departments and matters that exist. */
export const checkHallReferences: ContentCheck = (content) => {
  const zones = new Set(content.zones.map((z) => z.value.id))
  const departments = new Set(content.departments.map((d) => d.value.id))
  const judgeDepartments = canJudgeReferencesInto(content, 'content/departments.json')
  const matters = new Set([...content.matters.map((m) => m.value.id), ...brokenIds(content, 'content/matters/')])
  return content.windows.flatMap(({ file, pointer, value: w }) => {
    const findings: FileFinding[] = []
    if (!zones.has(w.zone)) findings.push({ file, pointer: `${pointer}/zone`, message: `unknown zone "${w.zone}" (not among the zones of this layout)`, zh: `未知的区域 "${w.zone}"（不在本布局的区域中）` })
    w.departments.forEach((id, i) => {
      if (judgeDepartments && !departments.has(id)) findings.push({ file, pointer: `${pointer}/departments/${i}`, message: `unknown department "${id}" (not in content/departments.json)`, zh: `未知的部门 "${id}"（不在 content/departments.json 中）` })
    })
    w.matters.forEach((id, i) => {
      if (!matters.has(id)) findings.push({ file, pointer: `${pointer}/matters/${i}`, message: `unknown matter "${id}" (no content/matters/${id}.json)`, zh: `未知的事项 "${id}"（没有 content/matters/${id}.json）` })
    })
    return findings
  })
}
