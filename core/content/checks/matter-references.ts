import { brokenIds, canJudgeReferencesInto, type ContentCheck, type FileFinding, type LoadedContent } from '../loaded-content.ts'

/** A matter names departments, themes, windows, forms and other matters that exist. */
export const checkMatterReferences: ContentCheck = (content) => {
  const known = knownIds(content)
  return content.matters.flatMap(({ file, value: m }) => {
    const findings: FileFinding[] = []
    const unknown = (pointer: string, message: string, zh: string) => findings.push({ file, pointer, message, zh })
    const department = (id: string | undefined, pointer: string) => {
      if (id !== undefined && !known.departments.has(id)) unknown(pointer, `unknown department "${id}" (not in content/departments.json)`, `未知的部门 "${id}"（不在 content/departments.json 中）`)
    }
    department(m.department, '/department')
    department(m.entrustedDepartment, '/entrustedDepartment')
    m.jointDepartments.forEach((id, i) => department(id, `/jointDepartments/${i}`))
    m.themes.forEach((id, i) => {
      if (!known.themes.has(id)) unknown(`/themes/${i}`, `unknown theme "${id}" (not in content/themes.json)`, `未知的主题 "${id}"（不在 content/themes.json 中）`)
    })
    m.windows.forEach((n, i) => {
      if (!known.windows.has(n)) unknown(`/windows/${i}`, `unknown window ${n} (not in content/hall/layout.json)`, `未知的窗口 ${n}（不在 content/hall/layout.json 中）`)
    })
    if (m.consultation.window !== undefined && !known.windows.has(m.consultation.window)) {
      unknown('/consultation/window', `unknown window ${m.consultation.window} (not in content/hall/layout.json)`, `未知的窗口 ${m.consultation.window}（不在 content/hall/layout.json 中）`)
    }
    m.prerequisites.forEach((id, i) => {
      if (!known.matters.has(id)) unknown(`/prerequisites/${i}`, `unknown prerequisite matter "${id}" (no content/matters/${id}.json)`, `未知的前置事项 "${id}"（没有 content/matters/${id}.json）`)
    })
    if (m.online.form !== undefined && !known.forms.has(m.online.form)) {
      unknown('/online/form', `unknown form "${m.online.form}" (no content/forms/${m.online.form}.json)`, `未知的表单 "${m.online.form}"（没有 content/forms/${m.online.form}.json）`)
    }
    return findings
  })
}

/** The ids a reference may name; `has` answers true for everything in a broken file (see canJudgeReferencesInto). */
function knownIds(content: LoadedContent) {
  const judged = <T>(file: string, ids: T[]) => (canJudgeReferencesInto(content, file) ? new Set(ids) : { has: (_: T) => true })
  return {
    departments: judged('content/departments.json', content.departments.map((d) => d.value.id)),
    themes: judged('content/themes.json', content.themes.map((t) => t.value.id)),
    windows: judged('content/hall/layout.json', content.windows.map((w) => w.value.number)),
    matters: new Set([...content.matters.map((m) => m.value.id), ...brokenIds(content, 'content/matters/')]),
    forms: new Set([...content.forms.map((f) => f.value.id), ...brokenIds(content, 'content/forms/')]),
  }
}
